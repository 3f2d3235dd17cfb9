/**
 * A small ONNX graph builder that writes the ModelProto wire format directly. The trainer builds
 * its training step (forward, loss, backward and optimizer update) as one ONNX graph, so
 * onnxruntime's native kernels run it; built-in packages can also be exported as model.onnx for
 * serving elsewhere. Only the protobuf fields these graphs use are written; field numbers are
 * those of onnx/onnx.proto (IR version 8, opset 17).
 */

export const ONNX_IR_VERSION = 8;
export const ONNX_OPSET = 17;

/** TensorProto.DataType values used here. */
export const ElementType = { float: 1, int64: 7, bool: 9 } as const;
export type ElementTypeName = keyof typeof ElementType;

/** A dimension is a fixed size or a symbolic name (e.g. 'rows'). */
export type Dimension = number | string;

export type AttributeValue = number | string | number[] | { ints: number[] } | { float: number };

export interface NodeSpec {
  op: string;
  inputs: string[];
  outputs: string[];
  attributes?: Record<string, AttributeValue>;
}

export interface ValueSpec {
  name: string;
  type: ElementTypeName;
  shape: Dimension[];
}

export interface InitializerSpec {
  name: string;
  type: 'float' | 'int64';
  dims: number[];
  values: Float32Array | BigInt64Array;
}

class Writer {
  private chunks: Uint8Array[] = [];
  private scratch = new DataView(new ArrayBuffer(8));
  length = 0;

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  varint(value: number | bigint): void {
    let v = BigInt.asUintN(64, BigInt(value));
    const bytes: number[] = [];
    do {
      let byte = Number(v & 0x7fn);
      v >>= 7n;
      if (v !== 0n) byte |= 0x80;
      bytes.push(byte);
    } while (v !== 0n);
    this.push(Uint8Array.from(bytes));
  }

  private tag(field: number, wire: number): void {
    this.varint((field << 3) | wire);
  }

  int(field: number, value: number | bigint): void {
    this.tag(field, 0);
    this.varint(value);
  }

  float(field: number, value: number): void {
    this.tag(field, 5);
    this.scratch.setFloat32(0, value, true);
    this.push(new Uint8Array(this.scratch.buffer.slice(0, 4)));
  }

  bytes(field: number, value: Uint8Array): void {
    this.tag(field, 2);
    this.varint(value.length);
    this.push(value);
  }

  string(field: number, value: string): void {
    this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, build: (writer: Writer) => void): void {
    const inner = new Writer();
    build(inner);
    this.bytes(field, inner.finish());
  }

  packedInts(field: number, values: readonly number[]): void {
    const inner = new Writer();
    for (const value of values) inner.varint(value);
    this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

function writeTensor(writer: Writer, tensor: InitializerSpec): void {
  for (const dim of tensor.dims) writer.int(1, dim);
  writer.int(2, ElementType[tensor.type]);
  writer.string(8, tensor.name);
  const values = tensor.values;
  // raw_data is little-endian, which typed arrays are on every platform Node runs on.
  writer.bytes(9, new Uint8Array(values.buffer, values.byteOffset, values.byteLength).slice());
}

function writeAttribute(writer: Writer, name: string, value: AttributeValue): void {
  writer.string(1, name);
  if (typeof value === 'number') {
    writer.int(3, value);
    writer.int(20, 2);
  } else if (typeof value === 'string') {
    writer.bytes(4, new TextEncoder().encode(value));
    writer.int(20, 3);
  } else if (Array.isArray(value) || 'ints' in value) {
    writer.packedInts(8, Array.isArray(value) ? value : value.ints);
    writer.int(20, 7);
  } else {
    writer.float(2, value.float);
    writer.int(20, 1);
  }
}

function writeValueInfo(writer: Writer, value: ValueSpec): void {
  writer.string(1, value.name);
  writer.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.int(1, ElementType[value.type]);
      tensor.message(2, (shape) => {
        for (const dim of value.shape) shape.message(1, (d) => (typeof dim === 'number' ? d.int(1, dim) : d.string(2, dim)));
      });
    }),
  );
}

/** Collects nodes and names fresh intermediate values, then encodes the model. */
export class GraphBuilder {
  readonly nodes: NodeSpec[] = [];
  readonly inputs: ValueSpec[] = [];
  readonly outputs: ValueSpec[] = [];
  readonly initializers: InitializerSpec[] = [];
  private counter = 0;

  constructor(readonly name: string) {}

  input(name: string, type: ElementTypeName, shape: Dimension[]): string {
    this.inputs.push({ name, type, shape });
    return name;
  }

  output(name: string, type: ElementTypeName, shape: Dimension[]): void {
    this.outputs.push({ name, type, shape });
  }

  /** A constant float tensor (a scalar when `dims` is empty). */
  constant(values: number[] | Float32Array, dims: number[] = []): string {
    const name = `const_${this.counter++}`;
    this.initializers.push({ name, type: 'float', dims, values: Float32Array.from(values) });
    return name;
  }

  /** A constant int64 vector, for axes and shapes. */
  ints(values: number[]): string {
    const name = `ints_${this.counter++}`;
    this.initializers.push({ name, type: 'int64', dims: [values.length], values: BigInt64Array.from(values.map(BigInt)) });
    return name;
  }

  /** Adds a node and returns its first output; `output` names it (needed for graph outputs). */
  node(op: string, inputs: string[], attributes?: Record<string, AttributeValue>, output?: string): string {
    const name = output ?? `${op.toLowerCase()}_${this.counter++}`;
    this.nodes.push({ op, inputs, outputs: [name], attributes });
    return name;
  }

  encode(producer = 'mlops-actions'): Uint8Array {
    const model = new Writer();
    model.int(1, ONNX_IR_VERSION);
    model.string(2, producer);
    model.message(7, (graph) => {
      this.nodes.forEach((node, index) =>
        graph.message(1, (n) => {
          for (const input of node.inputs) n.string(1, input);
          for (const output of node.outputs) n.string(2, output);
          n.string(3, `${node.op}_${index}`);
          n.string(4, node.op);
          for (const [key, value] of Object.entries(node.attributes ?? {})) n.message(5, (a) => writeAttribute(a, key, value));
        }),
      );
      graph.string(2, this.name);
      for (const initializer of this.initializers) graph.message(5, (t) => writeTensor(t, initializer));
      for (const input of this.inputs) graph.message(11, (v) => writeValueInfo(v, input));
      for (const output of this.outputs) graph.message(12, (v) => writeValueInfo(v, output));
    });
    model.message(8, (opset) => {
      opset.string(1, '');
      opset.int(2, ONNX_OPSET);
    });
    return model.finish();
  }
}
