/** 1-based line and column of offsets, as the `yaml` package's LineCounter (node_modules/yaml/dist/parse/line-counter.js) gives them. */
export function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  let starts: Uint32Array | undefined;
  let last = 0;
  return (offset) => {
    if (!starts) {
      let n = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
      starts = new Uint32Array(n);
      let k = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    }
    // Positions are mostly asked for in file order: try the line after the last answer first.
    const n = starts.length;
    for (let line = last; line < n && line < last + 4; line++) {
      if (offset >= starts[line]! && (line + 1 === n || offset < starts[line + 1]!)) {
        last = line;
        return { line: line + 1, col: offset - starts[line]! + 1 };
      }
    }
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offset < starts[mid]!) high = mid;
      else low = mid + 1;
    }
    last = Math.max(0, low - 1);
    return { line: low, col: offset - starts[low - 1]! + 1 };
  };
}
