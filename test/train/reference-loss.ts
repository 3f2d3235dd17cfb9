import type * as tfc from '@tensorflow/tfjs-core';
import type { Task } from '../../shared/model/preprocessing.js';
import type { TF } from '../../shared/train/backend.js';

/** The mean (weighted) loss of the logits with TF.js's own loss functions: the reference the hand-written gradients are checked against. */
export function referenceMeanLoss(tf: TF, task: Task, logits: tfc.Tensor2D, labels: tfc.Tensor2D, weights?: tfc.Tensor2D): tfc.Scalar {
  const none = tf.Reduction.NONE;
  let perSample =
    task === 'binary-classification'
      ? tf.losses.sigmoidCrossEntropy(labels, logits, undefined, 0, none)
      : task === 'multiclass-classification'
        ? tf.reshape(tf.losses.softmaxCrossEntropy(labels, logits, undefined, 0, none), [-1, 1])
        : tf.squaredDifference(logits, labels);
  if (weights) perSample = tf.mul(perSample, weights);
  return tf.mean(perSample) as tfc.Scalar;
}
