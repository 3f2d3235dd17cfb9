export const id = 128;
export const ids = [128];
export const modules = {

/***/ 98128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bZ: () => (/* binding */ ProfileBuilder),
  Ip: () => (/* binding */ histogramEdgesOf),
  Ns: () => (/* binding */ mergeProfiles),
  AG: () => (/* binding */ profileData)
});

// UNUSED EXPORTS: CATEGORY_MAX_DISTINCT, ColumnProfiler, QUANTILES, mergeColumnSketches, niceEdges, summarizeColumn

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/stats/hll.ts
var hll = __webpack_require__(97654);
;// CONCATENATED MODULE: ./shared/stats/frequent.ts
/**
 * Frequent items (Misra–Gries, pruned in batches): exact counts while at most `capacity`
 * distinct values have been seen; after that every kept count is low by at most `error`
 * (≤ total / (capacity + 1)), and any value above that share is kept. Mergeable.
 */
class FrequentItems {
    capacity;
    counts = new Map();
    error = 0;
    total = 0;
    constructor(capacity = 1000) {
        this.capacity = capacity;
    }
    add(item, count = 1) {
        this.total += count;
        const counter = this.counts.get(item);
        if (counter !== undefined) {
            counter.count += count;
            return;
        }
        this.counts.set(item, { count });
        if (this.counts.size > 2 * this.capacity)
            this.prune();
    }
    prune() {
        if (this.counts.size <= this.capacity)
            return;
        const sorted = [...this.counts.values()].map((c) => c.count).sort((a, b) => b - a);
        const cut = sorted[this.capacity];
        for (const [item, counter] of this.counts) {
            if (counter.count <= cut)
                this.counts.delete(item);
            else
                counter.count -= cut;
        }
        this.error += cut;
    }
    merge(other) {
        const state = other instanceof FrequentItems ? other.toJSON() : other;
        for (const [item, count] of state.items) {
            const counter = this.counts.get(item);
            if (counter !== undefined)
                counter.count += count;
            else
                this.counts.set(item, { count });
        }
        this.total += state.total;
        this.error += state.error;
        this.prune();
        return this;
    }
    get distinctSeen() {
        return this.counts.size;
    }
    /** The most frequent items, largest first (ties by value, for stable output). */
    top(limit) {
        return [...this.counts]
            .map(([item, counter]) => [item, counter.count])
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .slice(0, limit);
    }
    /** The state; a smaller `capacity` reduces it Misra–Gries style (a saved profile keeps fewer counters). */
    toJSON(capacity = this.capacity) {
        this.prune();
        if (capacity >= this.counts.size)
            return { capacity: this.capacity, items: this.top(this.capacity), error: this.error, total: this.total };
        const sorted = this.top(this.counts.size);
        const cut = sorted[capacity][1];
        const items = sorted.filter(([, count]) => count > cut).map(([item, count]) => [item, count - cut]);
        return { capacity, items, error: this.error + cut, total: this.total };
    }
    static from(state) {
        return new FrequentItems(state.capacity).merge(state);
    }
}

// EXTERNAL MODULE: ./shared/stats/hash-sample.ts
var hash_sample = __webpack_require__(88719);
// EXTERNAL MODULE: ./shared/stats/random.ts
var random = __webpack_require__(73251);
;// CONCATENATED MODULE: ./shared/stats/kll.ts

/**
 * The KLL quantile sketch (Karnin, Lang & Liberty 2016), mergeable, in O(k log(n/k)) memory.
 * With k = 256 a quantile's rank is within ±KLL_RANK_ERROR·n of the requested rank (measured:
 * see test/stats/kll.test.ts). Exact while it holds fewer than k items. Compaction coins come
 * from a generator seeded by the item count, so the same data gives the same sketch.
 */
const KLL_DEFAULT_K = 256;
/** Items fed one by one before the sampler starts (see `add`). */
const SAMPLE_FROM = 100_000;
/** Stated normalized rank error for k = 256: the measured worst case over 40 runs of 20k–40k values, alone and merged, was 0.6% (test/stats/sketches.test.ts). */
const KLL_RANK_ERROR = 0.01;
/** In-place quicksort (median of three, insertion sort below 16): faster here than TypedArray#sort. */
function sortNumbers(a, lo, hi) {
    while (hi - lo > 16) {
        const mid = (lo + hi) >>> 1;
        const x = a[lo];
        const y = a[mid];
        const z = a[hi];
        const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                const t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        if (j - lo < hi - i) {
            sortNumbers(a, lo, j);
            lo = i;
        }
        else {
            sortNumbers(a, i, hi);
            hi = j;
        }
    }
    for (let i = lo + 1; i <= hi; i++) {
        const v = a[i];
        let j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}
class KllSketch {
    k;
    itemsBefore;
    n = 0;
    min = Infinity;
    max = -Infinity;
    /** Level 0 (weight 1) lives in a typed buffer of k items, compacted as soon as it is full. */
    base;
    baseCount = 0;
    /** levels[h] holds items of weight 2^h for h ≥ 1, always sorted; levels[0] stays empty (see `base`). */
    levels = [[]];
    capacities = [];
    size = 0;
    capacityTotal;
    random;
    /**
     * Past SAMPLE_FROM items, each block of `blockSize` consecutive items is represented by one
     * of them, picked at random, entering at the level of weight `blockSize` (the sampler of
     * Karnin, Lang & Liberty). The block grows with n so that sampling adds about
     * √(1/SAMPLE_FROM) ≈ 0.3% rank error at most (measured: test/stats/sketches.test.ts), and
     * sorting work stops growing with n.
     */
    blockSize = 1;
    blockLevel = 0;
    blockLeft = 0;
    blockPick = 0;
    /** Sampled items wait here (unsorted, weight blockSize) until k of them are merged into their level. */
    sampled;
    sampledCount = 0;
    /** xorshift32 state for block picks (one call per block must be cheap). */
    bits;
    /**
     * `itemsBefore`: items that precede this sketch's in the whole stream (a part read by a
     * worker), so its sampler runs at the rate the one-pass sketch would have at that point.
     */
    constructor(k = KLL_DEFAULT_K, seed = 1, itemsBefore = 0) {
        this.k = k;
        this.itemsBefore = itemsBefore;
        this.base = new Float64Array(k);
        this.sampled = new Float64Array(k);
        this.capacityTotal = this.computeCapacity();
        this.random = (0,random/* seededRandom */.Is)(seed);
        this.bits = (Math.imul(seed, 0x9e3779b1) | 1) >>> 0;
    }
    /** Level h (depth d below the top) holds k·(2/3)^d items, at least 8; level 0 exactly k. */
    computeCapacity() {
        const levels = this.levels.length;
        this.capacities = Array.from({ length: levels }, (_, h) => h === 0 ? this.k : Math.max(8, Math.ceil(this.k * (2 / 3) ** (levels - 1 - h))));
        return this.capacities.reduce((a, b) => a + b, 0);
    }
    ensureLevel(h) {
        while (this.levels.length <= h) {
            this.levels.push([]);
            this.capacityTotal = this.computeCapacity();
        }
    }
    add(x) {
        const n = ++this.n;
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        if (this.blockSize === 1) {
            this.addToBase(x);
            if (n + this.itemsBefore >= SAMPLE_FROM && this.blockLeft === 0)
                this.growBlock();
            return;
        }
        if (--this.blockLeft === this.blockPick) {
            this.sampled[this.sampledCount++] = x;
            this.size++;
            if (this.sampledCount === this.k)
                this.flushSampled();
            else if (this.size >= this.capacityTotal)
                this.compress();
        }
        if (this.blockLeft === 0) {
            if (n + this.itemsBefore >= SAMPLE_FROM * this.blockSize * 2)
                this.growBlock();
            else
                this.startBlock();
        }
    }
    /**
     * Adds `xs[0..count)` in order: the same sketch as `add` on each item, but past SAMPLE_FROM
     * the sampler steps from one block's pick to the next instead of visiting every item.
     * `min` and `max`, where the caller already has them, are the extremes of these items (or of
     * every item added so far): they spare a pass over the batch.
     */
    addMany(xs, count, min, max) {
        if (min === undefined || max === undefined) {
            min = Infinity;
            max = -Infinity;
            for (let i = 0; i < count; i++) {
                const x = xs[i];
                if (x < min)
                    min = x;
                if (x > max)
                    max = x;
            }
        }
        // Strictly smaller (larger) only: the first of equal extremes stays, as in `add` (−0 and 0).
        if (min < this.min)
            this.min = min;
        if (max > this.max)
            this.max = max;
        let i = 0;
        while (i < count) {
            if (this.blockSize === 1) {
                // Copy as many items as can go in before `addToBase` would compact or compress, or the sampler start.
                const room = Math.min(count - i, this.k - this.baseCount, this.capacityTotal - this.size, Math.max(1, SAMPLE_FROM - this.itemsBefore - this.n));
                const base = this.base;
                for (let b = this.baseCount, stop = i + room; i < stop;)
                    base[b++] = xs[i++];
                this.baseCount += room;
                this.size += room;
                const n = (this.n += room);
                if (this.baseCount === this.k)
                    this.compactBase();
                else if (this.size >= this.capacityTotal)
                    this.compress();
                if (n + this.itemsBefore >= SAMPLE_FROM && this.blockLeft === 0)
                    this.growBlock();
                continue;
            }
            // The rest of this block that the batch holds; `add` picks the item that brings blockLeft down to blockPick.
            const left = this.blockLeft;
            const take = Math.min(count - i, left);
            const pick = left - this.blockPick;
            this.n += take;
            if (pick >= 1 && pick <= take) {
                this.sampled[this.sampledCount++] = xs[i + pick - 1];
                this.size++;
                if (this.sampledCount === this.k)
                    this.flushSampled();
                else if (this.size >= this.capacityTotal)
                    this.compress();
            }
            this.blockLeft = left - take;
            i += take;
            if (this.blockLeft === 0) {
                if (this.n + this.itemsBefore >= SAMPLE_FROM * this.blockSize * 2)
                    this.growBlock();
                else
                    this.startBlock();
            }
        }
    }
    addToBase(x) {
        this.base[this.baseCount++] = x;
        this.size++;
        if (this.baseCount === this.k)
            this.compactBase();
        else if (this.size >= this.capacityTotal)
            this.compress();
    }
    /** Sorts the sampled items and merges them into their level. */
    flushSampled() {
        const count = this.sampledCount;
        if (count === 0)
            return;
        this.sampledCount = 0;
        sortNumbers(this.sampled, 0, count - 1);
        const level = this.levels[this.blockLevel];
        const merged = new Array(level.length + count);
        let i = 0;
        let j = 0;
        let out = 0;
        while (i < count && j < level.length)
            merged[out++] = this.sampled[i] <= level[j] ? this.sampled[i++] : level[j++];
        while (i < count)
            merged[out++] = this.sampled[i++];
        while (j < level.length)
            merged[out++] = level[j++];
        this.levels[this.blockLevel] = merged;
        if (this.size >= this.capacityTotal)
            this.compress();
    }
    growBlock() {
        this.flushSampled();
        this.blockSize *= 2;
        this.blockLevel++;
        this.ensureLevel(this.blockLevel);
        this.startBlock();
    }
    startBlock() {
        this.blockLeft = this.blockSize;
        let bits = this.bits;
        bits ^= bits << 13;
        bits ^= bits >>> 17;
        bits ^= bits << 5;
        this.bits = bits >>> 0;
        // blockSize is a power of two: its share of the bits is uniform (the mask is bits % blockSize, without a float modulo).
        this.blockPick = this.bits & (this.blockSize - 1);
    }
    /**
     * Keeps every other item of a sorted level (odd or even positions at random) and merges them
     * into the sorted level above in linear time. Returns how many items were consumed (an even count).
     */
    halve(sorted, count, h) {
        this.ensureLevel(h + 1);
        const even = count - (count % 2);
        const up = this.levels[h + 1];
        const merged = new Array(up.length + even / 2);
        let i = this.random() < 0.5 ? 0 : 1;
        let j = 0;
        let out = 0;
        while (i < even && j < up.length)
            merged[out++] = sorted[i] <= up[j] ? sorted[(i += 2) - 2] : up[j++];
        while (i < even)
            merged[out++] = sorted[(i += 2) - 2];
        while (j < up.length)
            merged[out++] = up[j++];
        this.levels[h + 1] = merged;
        this.size -= even / 2;
        return even;
    }
    compactBase() {
        sortNumbers(this.base, 0, this.baseCount - 1);
        const even = this.halve(this.base, this.baseCount, 0);
        // An odd item out stays behind.
        if (even < this.baseCount)
            this.base[0] = this.base[even];
        this.baseCount -= even;
        if (this.size >= this.capacityTotal)
            this.compress();
    }
    compress() {
        while (this.size >= this.capacityTotal) {
            let compacted = false;
            for (let h = 1; h < this.levels.length; h++) {
                const level = this.levels[h];
                if (level.length < this.capacities[h])
                    continue;
                const even = this.halve(level, level.length, h);
                this.levels[h] = even < level.length ? [level[even]] : [];
                compacted = true;
                break;
            }
            if (compacted)
                continue;
            // Everything over capacity is still waiting in the buffers.
            if (this.sampledCount > 0)
                this.flushSampled();
            else
                this.compactBase();
        }
    }
    merge(other) {
        const state = other instanceof KllSketch ? other.toJSON() : other;
        if (state.n === 0)
            return this;
        this.n += state.n;
        this.min = Math.min(this.min, state.min);
        this.max = Math.max(this.max, state.max);
        this.ensureLevel(state.levels.length - 1);
        state.levels.forEach((items, h) => {
            if (h === 0 || items.length === 0)
                return;
            this.levels[h] = [...this.levels[h], ...items].sort((a, b) => a - b);
            this.size += items.length;
        });
        for (const x of state.levels[0] ?? [])
            this.addToBase(x);
        if (this.size >= this.capacityTotal)
            this.compress();
        return this;
    }
    /** Every stored item with its weight. */
    forEachItem(fn) {
        for (let i = 0; i < this.baseCount; i++)
            fn(this.base[i], 1);
        for (let i = 0; i < this.sampledCount; i++)
            fn(this.sampled[i], this.blockSize);
        for (let h = 1; h < this.levels.length; h++) {
            const weight = 2 ** h;
            for (const x of this.levels[h])
                fn(x, weight);
        }
    }
    /** Sorted (value, cumulative weight) pairs. */
    cumulative() {
        const pairs = [];
        this.forEachItem((x, w) => pairs.push([x, w]));
        pairs.sort((a, b) => a[0] - b[0]);
        const values = pairs.map((p) => p[0]);
        const weights = [];
        let total = 0;
        for (const [, w] of pairs)
            weights.push((total += w));
        return { values, weights };
    }
    /** Whether every item is still held (then quantiles are exact). */
    get isExact() {
        return this.levels.length === 1;
    }
    /**
     * The value at rank q·(n−1) (0-based, as numpy's linear method places it): exact while the
     * sketch holds every item, and within ±KLL_RANK_ERROR·n in rank after that. The extremes are exact.
     */
    quantiles(qs) {
        if (this.n === 0)
            return qs.map(() => null);
        const { values, weights } = this.cumulative();
        const total = weights[weights.length - 1];
        const exact = this.isExact;
        return qs.map((q) => {
            if (q <= 0)
                return this.min;
            if (q >= 1)
                return this.max;
            if (exact) {
                const position = q * (this.n - 1);
                const lo = Math.floor(position);
                const fraction = position - lo;
                const a = values[lo];
                const b = values[Math.min(lo + 1, values.length - 1)];
                return fraction === 0 ? a : a + (b - a) * fraction;
            }
            const target = q * (total - 1) + 1;
            let lo = 0;
            let hi = weights.length - 1;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (weights[mid] < target)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return values[lo];
        });
    }
    /** Estimated share of items ≤ x. */
    cdf(x) {
        if (this.n === 0)
            return 0;
        let below = 0;
        let total = 0;
        this.forEachItem((v, w) => {
            total += w;
            if (v <= x)
                below += w;
        });
        return below / total;
    }
    toJSON() {
        this.flushSampled();
        return {
            k: this.k,
            n: this.n,
            min: this.min,
            max: this.max,
            levels: [Array.from(this.base.subarray(0, this.baseCount)), ...this.levels.slice(1).map((l) => [...l])],
        };
    }
    static from(state) {
        const sketch = new KllSketch(state.k, state.n + 1);
        return sketch.merge(state);
    }
}

// EXTERNAL MODULE: ./shared/stats/moments.ts
var stats_moments = __webpack_require__(23419);
// EXTERNAL MODULE: ./shared/data/reader.ts
var reader = __webpack_require__(4412);
// EXTERNAL MODULE: ./shared/data/row.ts
var data_row = __webpack_require__(88783);
;// CONCATENATED MODULE: ./shared/data/profile.ts








const QUANTILES = { p1: 0.01, p5: 0.05, p25: 0.25, p50: 0.5, p75: 0.75, p95: 0.95, p99: 0.99 };
/** At most this many distinct values (and at most half the values distinct) make a text column a category. */
const CATEGORY_MAX_DISTINCT = 50;
const NUMERIC_LEVELS_LIMIT = 64;
const TOP_CATEGORIES = 10;
const SAVED_TEXT_COUNTERS = 200;
/** The hash of a missing cell, for row hashes. */
const NULL_HASH = 0x1b873593;
const INTERNED_LIMIT = 4096;
const HISTOGRAM_BINS = 10;
const BOOLEAN_TEXT = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE', 'yes', 'no', 'Yes', 'No', 'YES', 'NO']);
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * Text by its 53-bit hash, at most `limit` of them, in an open-addressing table that doubles as
 * it fills (a Map keyed by numbers this large boxes every key and hashes it again).
 */
class InternedText {
    limit;
    keys = new Float64Array(0);
    texts = [];
    mask = -1;
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    get(hash) {
        const keys = this.keys;
        const mask = this.mask;
        if (mask < 0)
            return undefined;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const key = keys[slot];
            if (key === hash)
                return this.texts[slot];
            if (key === -1)
                return undefined;
        }
    }
    /** Keeps the text of a hash not held yet, while there is room. */
    add(hash, text) {
        if (this.size >= this.limit)
            return;
        if ((this.size + 1) * 2 > this.mask + 1)
            this.resize(Math.max(16, (this.mask + 1) * 2));
        this.insert(hash, text);
        this.size++;
    }
    insert(hash, text) {
        const keys = this.keys;
        const mask = this.mask;
        let slot = hash & mask;
        while (keys[slot] !== -1)
            slot = (slot + 1) & mask;
        keys[slot] = hash;
        this.texts[slot] = text;
    }
    resize(slots) {
        const keys = this.keys;
        const texts = this.texts;
        this.keys = new Float64Array(slots).fill(-1);
        this.texts = new Array(slots).fill(null);
        this.mask = slots - 1;
        for (let slot = 0; slot < keys.length; slot++)
            if (keys[slot] !== -1)
                this.insert(keys[slot], texts[slot]);
    }
}
/** Values buffered per column before the sketches take them in bulk. */
const BATCH = 512;
/** One column's streaming accumulator. */
class ColumnProfiler {
    name;
    nulls = 0;
    moments = new stats_moments/* Moments */.W();
    quantiles;
    distinct = new hll/* DistinctCounter */.$();
    text = new FrequentItems(1000);
    numericLevels = new Map();
    integerLiterals = true;
    booleans = true;
    datetimes = true;
    datetimeMin = null;
    datetimeMax = null;
    /** Text of values seen, by hash: a repeated category costs a lookup, not a new string (53-bit hashes; a collision is ~1e-9 likely at this size). */
    interned = new InternedText(INTERNED_LIMIT);
    datetimeMinValue = Infinity;
    datetimeMaxValue = -Infinity;
    /**
     * Numbers, and every value's hash, in arrival order, not yet given to the moments, the
     * quantile sketch, the numeric levels and the distinct counter: each takes a batch in one
     * tight loop, in the same order, so the result is the same as adding them one by one.
     */
    numbers = new Float64Array(BATCH);
    numberCount = 0;
    hashes = new Float64Array(BATCH);
    hashCount = 0;
    constructor(name, seed = 1, rowsBefore = 0) {
        this.name = name;
        this.quantiles = new KllSketch(undefined, seed, rowsBefore);
    }
    /** Adds the cell and returns its hash (numbers by value, text by bytes, missing as NULL_HASH). */
    add(row, index) {
        // Numbers first: no missing-value marker parses as one, so a number needs no isNull check.
        const value = row.number(index);
        if (value === value) {
            // addNumber, inlined: this is the hottest path of a profile.
            const hash = (0,data_row/* hashNumber */.YR)(value);
            if (!row.lastWasInteger)
                this.integerLiterals = false;
            this.numbers[this.numberCount++] = value;
            this.hashes[this.hashCount++] = hash;
            if (this.hashCount === BATCH)
                this.flush();
            return hash;
        }
        if (row.isNull(index)) {
            this.nulls++;
            return NULL_HASH;
        }
        const hash = row.textHash(index);
        let text = this.interned.get(hash);
        if (text === undefined) {
            text = row.text(index);
            this.interned.add(hash, text);
        }
        this.addText(text, hash);
        return hash;
    }
    addNumber(value, integerLiteral) {
        const hash = (0,data_row/* hashNumber */.YR)(value);
        if (!integerLiteral)
            this.integerLiterals = false;
        this.numbers[this.numberCount++] = value;
        this.hashes[this.hashCount++] = hash;
        if (this.hashCount === BATCH)
            this.flush();
        return hash;
    }
    addText(text, hash) {
        this.hashes[this.hashCount++] = hash;
        if (this.hashCount === BATCH)
            this.flush();
        this.text.add(text);
        if (this.booleans && !BOOLEAN_TEXT.has(text))
            this.booleans = false;
        if (this.datetimes) {
            const time = ISO_DATETIME.test(text) ? Date.parse(text.length === 10 ? text : text.replace(' ', 'T')) : NaN;
            if (Number.isNaN(time))
                this.datetimes = false;
            else {
                if (time < this.datetimeMinValue) {
                    this.datetimeMinValue = time;
                    this.datetimeMin = text;
                }
                if (time > this.datetimeMaxValue) {
                    this.datetimeMaxValue = time;
                    this.datetimeMax = text;
                }
            }
        }
    }
    /** Hands the buffered values to the sketches. */
    flush() {
        const numbers = this.numbers;
        const count = this.numberCount;
        if (count > 0) {
            this.moments.addMany(numbers, count);
            // The moments have just taken the same items since the start: their extremes are the sketch's.
            this.quantiles.addMany(numbers, count, this.moments.min, this.moments.max);
            const levels = this.numericLevels;
            if (levels) {
                for (let i = 0; i < count; i++) {
                    const value = numbers[i];
                    levels.set(value, (levels.get(value) ?? 0) + 1);
                    if (levels.size > NUMERIC_LEVELS_LIMIT) {
                        this.numericLevels = null;
                        break;
                    }
                }
            }
            this.numberCount = 0;
        }
        if (this.hashCount > 0) {
            this.distinct.addMany(this.hashes, this.hashCount);
            this.hashCount = 0;
        }
    }
    toSketch() {
        this.flush();
        return {
            moments: this.moments.toJSON(),
            quantiles: this.quantiles.toJSON(),
            distinct: this.distinct.toJSON(),
            text: this.text.toJSON(),
            numericLevels: this.numericLevels ? [...this.numericLevels] : null,
            integerLiterals: this.integerLiterals,
            booleans: this.booleans,
            datetimes: this.datetimes,
            datetimeMin: this.datetimeMin,
            datetimeMax: this.datetimeMax,
        };
    }
}
/** Equal-width edges over [min, max] rounded outward to a "nice" step (1, 2 or 5 × 10^k). */
function niceEdges(min, max, bins = HISTOGRAM_BINS) {
    if (!(max > min))
        return [min, min === 0 ? 1 : min + Math.abs(min) * 1e-9 || 1];
    const raw = (max - min) / bins;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
    const start = Math.floor(min / step) * step;
    const edges = [];
    for (let edge = start; edges.length === 0 || edges[edges.length - 1] < max; edge = start + edges.length * step)
        edges.push(Number(edge.toPrecision(12)));
    if (edges.length < 2)
        edges.push(Number((start + step).toPrecision(12)));
    return edges;
}
function histogramFrom(sketch, count, edges) {
    const state = sketch.toJSON();
    const exact = state.levels.length === 1;
    const counts = new Array(edges.length - 1).fill(0);
    if (exact) {
        for (const x of state.levels[0]) {
            if (x < edges[0] || x > edges[edges.length - 1])
                continue;
            let bin = edges.findIndex((edge, i) => i > 0 && x < edge) - 1;
            if (bin < 0)
                bin = edges.length - 2;
            counts[bin]++;
        }
        return { edges, counts, exact };
    }
    // Items below each edge, from the sketch's weights (cdf counts ≤ x, so step just below the edge).
    const below = edges.map((edge, i) => (i === edges.length - 1 ? sketch.cdf(edge) : sketch.cdf(edge - Math.abs(edge) * 1e-15 - Number.MIN_VALUE)) * count);
    for (let i = 0; i < counts.length; i++)
        counts[i] = Math.max(0, Math.round(below[i + 1] - below[i]));
    return { edges, counts, exact };
}
/** Turns a column's sketch into its reported statistics. `edges` fixes the histogram's bins (from a reference profile). */
function summarizeColumn(name, sketch, nulls, edges) {
    const moments = stats_moments/* Moments */.W.from(sketch.moments);
    const kll = KllSketch.from(sketch.quantiles);
    const distinct = hll/* DistinctCounter */.$.from(sketch.distinct);
    const text = FrequentItems.from(sketch.text);
    const numeric = moments.count;
    const textual = text.total;
    const count = numeric + textual;
    // An estimate can overshoot; there cannot be more distinct values than values.
    const distinctCount = Math.min(distinct.estimate(), numeric + text.total);
    let type;
    if (count === 0)
        type = 'empty';
    else if (textual === 0)
        type = sketch.integerLiterals ? 'integer' : 'number';
    else if (numeric === 0 && sketch.booleans)
        type = 'boolean';
    else if (numeric === 0 && sketch.datetimes)
        type = 'datetime';
    else if (distinctCount <= CATEGORY_MAX_DISTINCT && distinctCount <= Math.max(2, count / 2))
        type = 'category';
    else
        type = 'string';
    const isNumeric = type === 'integer' || type === 'number';
    const quantiles = isNumeric ? kll.quantiles(Object.values(QUANTILES)) : null;
    let top = null;
    let topExact = true;
    if (!isNumeric && type !== 'datetime' && type !== 'empty') {
        const merged = new FrequentItems(text.capacity).merge(sketch.text);
        for (const [value, c] of sketch.numericLevels ?? [])
            merged.add(String(value), c);
        top = merged.top(TOP_CATEGORIES).map(([value, c]) => ({ value, count: c }));
        topExact = merged.error === 0 && (numeric === 0 || sketch.numericLevels !== null);
    }
    else if (isNumeric && sketch.numericLevels && sketch.numericLevels.length <= CATEGORY_MAX_DISTINCT) {
        top = [...sketch.numericLevels]
            .sort((a, b) => b[1] - a[1] || a[0] - b[0])
            .slice(0, TOP_CATEGORIES)
            .map(([value, c]) => ({ value: String(value), count: c }));
    }
    const shown = top?.reduce((sum, t) => sum + t.count, 0) ?? 0;
    return {
        name,
        type,
        count,
        nulls,
        nullShare: count + nulls === 0 ? 0 : nulls / (count + nulls),
        distinct: distinctCount,
        distinctExact: distinct.isExact,
        min: isNumeric ? moments.min : type === 'datetime' ? sketch.datetimeMin : null,
        max: isNumeric ? moments.max : type === 'datetime' ? sketch.datetimeMax : null,
        mean: isNumeric ? moments.mean : null,
        std: isNumeric ? moments.std : null,
        quantiles: quantiles
            ? Object.fromEntries(Object.keys(QUANTILES).map((key, i) => [key, quantiles[i]]))
            : null,
        quantileRankError: kll.toJSON().levels.length === 1 ? 0 : KLL_RANK_ERROR,
        histogram: isNumeric && numeric > 0 ? histogramFrom(kll, numeric, edges ?? niceEdges(moments.min, moments.max)) : null,
        topCategories: top,
        otherShare: top ? (count === 0 ? 0 : Math.max(0, (count - shown) / count)) : null,
        topExact,
        sketch,
    };
}
/** Builds a profile from rows as they stream by (or from parts' states); `finish` summarizes. */
class ProfileBuilder {
    names;
    columns;
    rowHashes = new hash_sample/* HashSample */.N();
    rows = 0;
    /** `rowsBefore`: about how many rows precede this part of the data (0 for the whole). */
    constructor(names, rowsBefore = 0) {
        this.names = names;
        this.columns = names.map((name, i) => new ColumnProfiler(name, i + 1, rowsBefore));
    }
    add(row) {
        this.rows++;
        // The row's hash combines its cells' hashes (already needed for distinct counts), in order.
        let h1 = 0x2545f491;
        let h2 = 0x9e3779b9;
        const columns = this.columns;
        for (let i = 0; i < columns.length; i++) {
            const hash = columns[i].add(row, i);
            h1 = Math.imul((h1 << 5) | (h1 >>> 27), 0x85ebca6b) ^ (hash >>> 0);
            h2 = Math.imul((h2 << 7) | (h2 >>> 25), 0xc2b2ae35) ^ ((hash / 4294967296) | 0);
        }
        this.rowHashes.add((0,data_row/* combineHash */.ej)(h1, h2));
    }
    /**
     * Each column's sketch and nulls with the absorbed parts merged in, in the order they came:
     * merged on arrival, so memory does not grow with the number of parts (that is, with the
     * file's size). Null until a part is absorbed.
     */
    merged = null;
    /** Rows added here (not absorbed) when the first part was absorbed: none may follow. */
    ownRowsAtMerge = 0;
    absorbedRows = 0;
    /** The state of a part (a byte range profiled by a worker), to be absorbed by the whole's builder. */
    state() {
        return {
            rows: this.rows,
            rowHashes: this.rowHashes.pack(),
            columns: this.columns.map((c) => ({ sketch: c.toSketch(), nulls: c.nulls })),
        };
    }
    /** Lets the row-hash sample's memory be reused, once `state()` has been taken. */
    release() {
        this.rowHashes.release();
    }
    absorb(part) {
        this.rows += part.rows;
        this.rowHashes.mergePacked(part.rowHashes);
        if (!this.merged) {
            this.ownRowsAtMerge = this.rows - part.rows - this.absorbedRows;
            this.merged = this.columns.map((c) => ({ sketch: c.toSketch(), nulls: c.nulls }));
        }
        this.absorbedRows += part.rows;
        const merged = this.merged;
        part.columns.forEach((column, i) => {
            merged[i] = { sketch: mergeColumnSketches(merged[i].sketch, column.sketch), nulls: merged[i].nulls + column.nulls };
        });
    }
    finish(table, options = {}) {
        if (this.merged && this.rows - this.absorbedRows !== this.ownRowsAtMerge)
            throw new Error('ProfileBuilder: rows were added after parts were absorbed');
        const columns = this.columns.map((c, i) => {
            const { sketch, nulls } = this.merged ? this.merged[i] : { sketch: c.toSketch(), nulls: c.nulls };
            const column = summarizeColumn(c.name, sketch, nulls, options.histogramEdges?.get(c.name));
            // A saved profile keeps 200 category counters: all of a categorical column's, and enough to merge top-10s.
            column.sketch = { ...column.sketch, text: FrequentItems.from(column.sketch.text).toJSON(SAVED_TEXT_COUNTERS) };
            return column;
        });
        return {
            schemaVersion: 1,
            table: {
                rows: this.rows,
                columns: this.columns.length,
                duplicateRowShare: this.rowHashes.duplicateShare(),
                duplicateRowShareExact: this.rowHashes.isExact,
                fingerprint: table.fingerprint,
                files: table.files,
                bytes: table.bytes,
            },
            columns,
            // A saved profile keeps a 4,096-row sample of row hashes: enough to merge duplicate shares to about ±1%.
            sketch: { rows: this.rowHashes.toJSON(4096) },
        };
    }
}
/** Edges of each numeric column's histogram in a reference profile, so two profiles' histograms line up. */
function histogramEdgesOf(profile) {
    return new Map(profile.columns.filter((c) => c.histogram).map((c) => [c.name, c.histogram.edges]));
}
/** The sketch of two parts' union. */
function mergeColumnSketches(sa, sb) {
    let levels = null;
    if (sa.numericLevels && sb.numericLevels) {
        levels = new Map(sa.numericLevels);
        for (const [v, c] of sb.numericLevels)
            levels.set(v, (levels.get(v) ?? 0) + c);
        if (levels.size > NUMERIC_LEVELS_LIMIT)
            levels = null;
    }
    const min = [sa.datetimeMin, sb.datetimeMin].filter((x) => x !== null).sort((x, y) => Date.parse(x) - Date.parse(y));
    const max = [sa.datetimeMax, sb.datetimeMax].filter((x) => x !== null).sort((x, y) => Date.parse(y) - Date.parse(x));
    return {
        moments: stats_moments/* Moments */.W.from(sa.moments).merge(sb.moments).toJSON(),
        quantiles: KllSketch.from(sa.quantiles).merge(sb.quantiles).toJSON(),
        distinct: hll/* DistinctCounter */.$.from(sa.distinct).merge(sb.distinct).toJSON(),
        text: FrequentItems.from(sa.text).merge(sb.text).toJSON(),
        numericLevels: levels ? [...levels] : null,
        integerLiterals: sa.integerLiterals && sb.integerLiterals,
        booleans: sa.booleans && sb.booleans,
        datetimes: sa.datetimes && sb.datetimes,
        datetimeMin: min[0] ?? null,
        datetimeMax: max[0] ?? null,
    };
}
/** Profiles a dataset (path or glob) in one streaming pass. */
async function profileData(pattern, options = {}) {
    let builder;
    const summary = await (0,reader/* readDataset */.JP)(pattern, {
        cwd: options.cwd,
        onColumns: (columns) => (builder = new ProfileBuilder(columns)),
        onRow: (row) => builder.add(row),
    });
    return builder.finish(summary, { histogramEdges: options.reference ? histogramEdgesOf(options.reference) : undefined });
}
/**
 * The profile of the union of two datasets with the same columns, from their profiles alone.
 * Counts, mean, std, min, max and null shares are exact; quantiles, distinct counts and the
 * duplicate share carry their sketches' bounds. Histograms use `a`'s edges.
 */
function mergeProfiles(a, b) {
    const names = a.columns.map((c) => c.name);
    if (names.join('\u0000') !== b.columns.map((c) => c.name).join('\u0000'))
        throw new Error('profiles with different columns cannot be merged');
    const rows = hash_sample/* HashSample */.N.from(a.sketch.rows).merge(b.sketch.rows);
    return {
        schemaVersion: 1,
        table: {
            rows: a.table.rows + b.table.rows,
            columns: names.length,
            duplicateRowShare: rows.duplicateShare(),
            duplicateRowShareExact: rows.isExact,
            fingerprint: (0,external_node_crypto_.createHash)('sha256').update(`${a.table.fingerprint}\n${b.table.fingerprint}`).digest('hex'),
            files: [...a.table.files, ...b.table.files],
            bytes: a.table.bytes + b.table.bytes,
        },
        columns: a.columns.map((ca, i) => summarizeColumn(ca.name, mergeColumnSketches(ca.sketch, b.columns[i].sketch), ca.nulls + b.columns[i].nulls, ca.histogram?.edges)),
        sketch: { rows: rows.toJSON(4096) },
    };
}


/***/ }),

/***/ 88719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ HashSample)
/* harmony export */ });
/* harmony import */ var _hash_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4161);

const ALL = 2 ** 53;
/**
 * Counts of repeated values by hash, in bounded memory: exact while at most `capacity`
 * distinct hashes are seen; beyond that only hashes below a threshold are kept (the threshold
 * halves each time the sample fills). Every copy of a value has the same hash, so a kept value
 * keeps all its copies: the duplicate share of the sample is an unbiased estimate of the
 * whole's, from at least capacity/2 distinct values. Mergeable (take the lower threshold).
 */
class HashSample {
    capacity;
    counts;
    threshold = ALL;
    constructor(capacity = 1 << 17) {
        this.capacity = capacity;
        this.counts = new _hash_table_js__WEBPACK_IMPORTED_MODULE_0__/* .HashCounts */ .v(capacity + 1);
    }
    /** Adds a hash; returns how often it was seen before (0 for a first sighting or an unsampled hash). */
    add(hash, count = 1) {
        if (hash >= this.threshold)
            return 0;
        const before = this.counts.add(hash, count);
        if (before === 0 && this.counts.size > this.capacity)
            this.shrink(this.capacity);
        return before;
    }
    shrink(capacity) {
        while (this.counts.size > capacity) {
            this.threshold /= 2;
            const threshold = this.threshold;
            this.counts.filter((hash) => hash < threshold);
        }
    }
    /** Drops the sample and lets its memory be reused (after its state has been taken). */
    release() {
        this.counts.release();
        this.threshold = ALL;
    }
    get isExact() {
        return this.threshold === ALL;
    }
    /** Share of the items sampled: 1 when exact. */
    get rate() {
        return this.threshold / ALL;
    }
    /** Items (rows) in the sample and distinct values among them. */
    counted() {
        let items = 0;
        this.counts.forEach((_, count) => (items += count));
        return { items, distinct: this.counts.size };
    }
    /** Share of items that repeat an earlier one: (items − distinct) / items. */
    duplicateShare() {
        const { items, distinct } = this.counted();
        return items === 0 ? 0 : (items - distinct) / items;
    }
    pack() {
        const hashes = new Float64Array(this.counts.size);
        const counts = new Float64Array(this.counts.size);
        let i = 0;
        this.counts.forEach((hash, count) => {
            hashes[i] = hash;
            counts[i++] = count;
        });
        return { capacity: this.capacity, threshold: this.threshold, hashes, counts };
    }
    mergePacked(state) {
        if (state.threshold < this.threshold) {
            const threshold = (this.threshold = state.threshold);
            this.counts.filter((hash) => hash < threshold);
        }
        for (let i = 0; i < state.hashes.length; i++) {
            const hash = state.hashes[i];
            if (hash >= this.threshold)
                continue;
            this.counts.add(hash, state.counts[i]);
            if (this.counts.size > this.capacity)
                this.shrink(this.capacity);
        }
        return this;
    }
    merge(other) {
        const state = other instanceof HashSample ? other.toJSON() : other;
        if (state.threshold < this.threshold) {
            const threshold = (this.threshold = state.threshold);
            this.counts.filter((hash) => hash < threshold);
        }
        for (const [hash, count] of state.entries) {
            if (hash >= this.threshold)
                continue;
            this.counts.add(hash, count);
            if (this.counts.size > this.capacity)
                this.shrink(this.capacity);
        }
        return this;
    }
    /** The state, optionally down-sampled to `capacity` entries to keep a saved profile small. */
    toJSON(capacity = this.capacity) {
        let threshold = this.threshold;
        let entries = this.counts.entries();
        while (entries.length > capacity) {
            threshold /= 2;
            entries = entries.filter(([hash]) => hash < threshold);
        }
        return { capacity: this.capacity, threshold, entries };
    }
    static from(state) {
        return new HashSample(state.capacity).merge(state);
    }
}


/***/ }),

/***/ 4161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ HashCounts)
/* harmony export */ });
const EMPTY = -1;
/** Tables at least this long (64k slots, 1 MB) are worth keeping for reuse. */
const SPARE_MIN_LENGTH = 1 << 17;
/**
 * Dead tables, one per length, for the next table of that length. A worker profiles part after
 * part, each growing its row-hash table to megabytes: without reuse, every part leaves ~16 MB of
 * typed arrays for the garbage collector, which lets them pile up outside the JS heap.
 */
const spareTables = new Map();
function spareOrNew(length) {
    const spare = spareTables.get(length);
    if (spare) {
        spareTables.delete(length);
        return spare.fill(EMPTY);
    }
    return new Float64Array(length).fill(EMPTY);
}
function keepSpare(table) {
    if (table.length >= SPARE_MIN_LENGTH && !spareTables.has(table.length))
        spareTables.set(table.length, table);
}
/**
 * Counts per 53-bit hash in an open-addressing table of one typed array: no boxed numbers, no
 * per-entry objects, 16 bytes per slot, a slot's hash and count side by side (one cache line
 * per probe in a table too big for the cache). The table doubles as it fills (load factor
 * ≤ 1/2), up to room for `capacity` entries. Hashes are already well mixed, so their low bits
 * index it.
 */
class HashCounts {
    capacity;
    /** Slot s: its hash at 2s, its count at 2s + 1. */
    slots;
    mask;
    size = 0;
    constructor(capacity) {
        this.capacity = capacity;
        const slots = Math.min(1024, 2 ** Math.ceil(Math.log2(Math.max(8, capacity * 2))));
        this.slots = HashCounts.emptySlots(slots);
        this.mask = slots - 1;
    }
    /** A table of empty slots (an empty slot's count is never read). */
    static emptySlots(slots) {
        return spareOrNew(slots * 2);
    }
    /** Empties the table and hands its memory on to the next table (for a sample whose state has been taken). */
    release() {
        keepSpare(this.slots);
        this.slots = HashCounts.emptySlots(8);
        this.mask = 7;
        this.size = 0;
    }
    /** Re-inserts the entries, in slot order, into a table twice the size. */
    grow() {
        const old = this.slots;
        const slots = old.length;
        this.slots = HashCounts.emptySlots(slots);
        this.mask = slots - 1;
        this.size = 0;
        for (let i = 0; i < old.length; i += 2)
            if (old[i] !== EMPTY)
                this.insert(old[i], old[i + 1]);
        keepSpare(old);
    }
    /** Adds `count` to the hash's count and returns the count it had before (0 when new). */
    add(hash, count = 1) {
        const table = this.slots;
        const mask = this.mask;
        let slot = hash & mask;
        for (;;) {
            const at = slot << 1;
            const key = table[at];
            if (key === hash) {
                const before = table[at + 1];
                table[at + 1] = before + count;
                return before;
            }
            if (key === EMPTY) {
                table[at] = hash;
                table[at + 1] = count;
                if (++this.size * 4 > table.length)
                    this.grow();
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }
    /** `add` for a hash known to be absent, with no growth check (rebuilding). */
    insert(hash, count) {
        const table = this.slots;
        const mask = this.mask;
        let slot = hash & mask;
        while (table[slot << 1] !== EMPTY)
            slot = (slot + 1) & mask;
        table[slot << 1] = hash;
        table[(slot << 1) + 1] = count;
        this.size++;
    }
    forEach(fn) {
        const table = this.slots;
        for (let i = 0; i < table.length; i += 2)
            if (table[i] !== EMPTY)
                fn(table[i], table[i + 1]);
    }
    /** Keeps only the hashes `keep` accepts, re-inserted in slot order into the same table (no new one: it can be megabytes). */
    filter(keep) {
        const table = this.slots;
        const kept = new Float64Array(this.size * 2);
        let count = 0;
        for (let i = 0; i < table.length; i += 2) {
            const hash = table[i];
            if (hash !== EMPTY && keep(hash)) {
                kept[count++] = hash;
                kept[count++] = table[i + 1];
            }
        }
        table.fill(EMPTY);
        this.size = 0;
        for (let i = 0; i < count; i += 2)
            this.insert(kept[i], kept[i + 1]);
    }
    /** Sum of the counts. */
    total() {
        const table = this.slots;
        let sum = 0;
        for (let i = 0; i < table.length; i += 2)
            if (table[i] !== EMPTY)
                sum += table[i + 1];
        return sum;
    }
    entries() {
        const out = [];
        this.forEach((hash, count) => out.push([hash, count]));
        return out;
    }
}


/***/ }),

/***/ 97654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ DistinctCounter)
/* harmony export */ });
/* harmony import */ var _hash_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4161);

const P = 12;
const M = 1 << P;
const EXACT_LIMIT = 1024;
const ALPHA = 0.7213 / (1 + 1.079 / M);
/**
 * Distinct values: exact up to 1,024 distinct hashes, then HyperLogLog with 4,096 registers
 * (standard error 1.04/√4096 ≈ 1.6%). Takes 53-bit hashes (see data/row.ts). Mergeable.
 */
class DistinctCounter {
    exact = new _hash_table_js__WEBPACK_IMPORTED_MODULE_0__/* .HashCounts */ .v(EXACT_LIMIT + 1);
    registers = null;
    add(hash) {
        if (this.exact) {
            this.exact.add(hash);
            if (this.exact.size > EXACT_LIMIT)
                this.toSketch();
            return;
        }
        this.addToRegisters(hash);
    }
    /** `add` on each of `hashes[0..count)`, in order. */
    addMany(hashes, count) {
        let i = 0;
        for (const exact = this.exact; exact && i < count; i++) {
            exact.add(hashes[i]);
            if (exact.size > EXACT_LIMIT) {
                this.toSketch();
                i++;
                break;
            }
        }
        for (; i < count; i++)
            this.addToRegisters(hashes[i]);
    }
    addToRegisters(hash) {
        // The low 12 bits pick the register; the other 41 bits (21 high, 20 low) give the rank.
        const low = hash >>> 0;
        const high = (hash / 4294967296) >>> 0;
        const index = low & (M - 1);
        const rank = high !== 0 ? Math.clz32(high) - 10 : 10 + Math.clz32(low >>> P);
        const registers = this.registers;
        if (rank > registers[index])
            registers[index] = rank;
    }
    toSketch() {
        this.registers = new Uint8Array(M);
        const hashes = this.exact;
        this.exact = null;
        hashes.forEach((h) => this.addToRegisters(h));
    }
    merge(other) {
        const state = other instanceof DistinctCounter ? other.toJSON() : other;
        if (state.exact) {
            for (const h of state.exact)
                this.add(h);
            return this;
        }
        if (this.exact)
            this.toSketch();
        const theirs = Buffer.from(state.registers, 'base64');
        const mine = this.registers;
        for (let i = 0; i < M; i++)
            if (theirs[i] > mine[i])
                mine[i] = theirs[i];
        return this;
    }
    /** Whether `estimate()` is an exact count. */
    get isExact() {
        return this.exact !== null;
    }
    estimate() {
        if (this.exact)
            return this.exact.size;
        const registers = this.registers;
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < M; i++) {
            sum += 2 ** -registers[i];
            if (registers[i] === 0)
                zeros++;
        }
        const raw = (ALPHA * M * M) / sum;
        return Math.round(raw <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : raw);
    }
    toJSON() {
        return this.exact
            ? { exact: this.exact.entries().map(([h]) => h), registers: null }
            : { exact: null, registers: Buffer.from(this.registers).toString('base64') };
    }
    static from(state) {
        return new DistinctCounter().merge(state);
    }
}


/***/ }),

/***/ 23419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Moments)
/* harmony export */ });
class Moments {
    count = 0;
    shift = 0;
    shiftedMean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    add(x) {
        if (this.count === 0)
            this.shift = x;
        const n = ++this.count;
        const y = x - this.shift;
        const delta = y - this.shiftedMean;
        this.shiftedMean += delta / n;
        this.m2 += delta * (y - this.shiftedMean);
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
    }
    /** `add` on each of `xs[0..count)`, in order (the same arithmetic, so the same result). */
    addMany(xs, count) {
        if (count === 0)
            return;
        if (this.count === 0)
            this.shift = xs[0];
        const shift = this.shift;
        let n = this.count;
        let mean = this.shiftedMean;
        let m2 = this.m2;
        let min = this.min;
        let max = this.max;
        for (let i = 0; i < count; i++) {
            const x = xs[i];
            const y = x - shift;
            const delta = y - mean;
            mean += delta / ++n;
            m2 += delta * (y - mean);
            if (x < min)
                min = x;
            if (x > max)
                max = x;
        }
        this.count = n;
        this.shiftedMean = mean;
        this.m2 = m2;
        this.min = min;
        this.max = max;
    }
    merge(other) {
        if (other.count === 0)
            return this;
        if (this.count === 0) {
            this.count = other.count;
            this.shift = other.shift;
            this.shiftedMean = other.mean;
            this.m2 = other.m2;
            this.min = other.min;
            this.max = other.max;
            return this;
        }
        const n = this.count + other.count;
        // The other's mean in this shift: the shifts' difference is exact when they are close.
        const delta = other.shift - this.shift + other.mean - this.shiftedMean;
        this.shiftedMean += (delta * other.count) / n;
        this.m2 += other.m2 + (delta * delta * this.count * other.count) / n;
        this.count = n;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        return this;
    }
    get mean() {
        return this.count > 0 ? this.shift + this.shiftedMean : null;
    }
    /** Sample standard deviation (ddof = 1); null below two values. */
    get std() {
        return this.count > 1 ? Math.sqrt(Math.max(0, this.m2) / (this.count - 1)) : null;
    }
    toJSON() {
        return { count: this.count, shift: this.shift, mean: this.shiftedMean, m2: this.m2, min: this.min, max: this.max };
    }
    static from(state) {
        return new Moments().merge(state);
    }
}


/***/ }),

/***/ 73251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ deriveSeed),
/* harmony export */   FF: () => (/* binding */ shuffledIndices),
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   df: () => (/* binding */ fillDropoutMask)
/* harmony export */ });
/**
 * The suite's one source of seeded randomness (sketch sampling, trainer weights and shuffles,
 * folds, bootstrap resamples, permutation importance): the same seed gives the same numbers on
 * every machine. Math.random is never used for results.
 */
/** mulberry32: a small, fast 32-bit generator with a full period; good enough for sampling, shuffles and initialisers. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function mix32(value) {
    let h = value >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/**
 * A seed derived from a base seed and a purpose (epoch 3's shuffle, layer 2's weights), so
 * streams never overlap. Each part is mixed before it is combined, so the order matters:
 * deriveSeed(1, 0) and deriveSeed(0, 1) differ.
 */
function deriveSeed(seed, ...parts) {
    let h = mix32((seed >>> 0) ^ 0x9e3779b9);
    for (const part of parts)
        h = mix32((h ^ mix32(((part >>> 0) + 0x7f4a7c15) >>> 0)) + 0x165667b1);
    return h;
}
/** Fisher–Yates over 0..n-1. */
function shuffledIndices(n, seed) {
    const random = seededRandom(seed);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    return order;
}
/**
 * Fills `out` with an inverted-dropout mask: each unit is 0 with probability `rate`, else
 * `scale`. The same mulberry32 stream as seededRandom, inlined, with each 32-bit draw deciding
 * two units by its 16-bit halves (rate resolved to 1/65,536): about 4 ns a unit, against 15 for
 * a seededRandom() call per unit, which matters at millions of units a step.
 */
function fillDropoutMask(out, seed, rate, scale) {
    const threshold = Math.round(rate * 65536);
    const n = out.length;
    let state = seed >>> 0;
    for (let j = 0; j < n; j += 2) {
        state = (state + 0x6d2b79f5) | 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        const bits = (t ^ (t >>> 14)) >>> 0;
        out[j] = (bits & 0xffff) >= threshold ? scale : 0;
        if (j + 1 < n)
            out[j + 1] = bits >>> 16 >= threshold ? scale : 0;
    }
}


/***/ })

};
