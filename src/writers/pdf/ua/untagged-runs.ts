import { buildsPath, Op, showsText, type OpCode } from './operators.js';

/**
 * What an artifact is: page furniture in the top or bottom margin (a
 * running head, a folio), elsewhere in the margins, or decoration in the
 * body (a rule, dotted leaders).
 */
export type ArtifactKind = 'header' | 'footer' | 'margin' | 'body';

/** A stretch of untagged content to mark as one artifact: from byte `start` to byte `end`. */
export interface ArtifactGroup {
  readonly start: number;
  readonly end: number;
  readonly kind: ArtifactKind;
  /** Whether it shows text (text the tags will not read: worth a look when it is in the body). */
  readonly showsText: boolean;
}

/** An operator outside any tagged content or artifact; painting ones say where they paint. */
export interface UntaggedOperator {
  readonly code: OpCode;
  readonly start: number;
  readonly end: number;
  readonly kind: ArtifactKind | undefined;
}

/** A span of a run that one marked-content pair may enclose; a barrier (an unpaired `BT`/`ET`) may not be enclosed. */
interface Unit {
  readonly from: number;
  readonly to: number;
  readonly barrier: boolean;
}

/**
 * Collect the untagged operators of a content stream in runs (operators
 * between two marked-content operators) and cut each run into groups that
 * `/Artifact … BDC` and `EMC` may enclose: never part of a text object or
 * of a path, and a new group where the kind changes (a running head and a
 * folio are two artifacts).
 */
export class UntaggedRuns {
  readonly groups: ArtifactGroup[] = [];
  #run: UntaggedOperator[] = [];
  #startsInText = false;

  /** Add the next untagged operator; `inText`: whether a text object was open before it. */
  add(operator: UntaggedOperator, inText: boolean): void {
    if (this.#run.length === 0) this.#startsInText = inText;
    this.#run.push(operator);
  }

  /** End the run: at a marked-content operator, covered content, or a form that holds tagged content. */
  flush(): void {
    if (this.#run.length === 0) return;
    const run = this.#run;
    this.#run = [];
    let group: { from: number; to: number; kind: ArtifactKind | undefined; painted: boolean; text: boolean } | undefined;
    const close = (): void => {
      const first = run[group?.from ?? 0];
      const last = run[group?.to ?? 0];
      if (group?.painted && first && last) {
        this.groups.push({ start: first.start, end: last.end, kind: group.kind ?? 'body', showsText: group.text });
      }
      group = undefined;
    };
    for (const unit of units(run, this.#startsInText)) {
      if (unit.barrier) {
        close();
        continue;
      }
      const painting = run.slice(unit.from, unit.to + 1).filter((operator) => operator.kind !== undefined);
      const kind = painting[0]?.kind;
      if (group && kind && group.kind && kind !== group.kind) close();
      group ??= { from: unit.from, to: unit.to, kind: undefined, painted: false, text: false };
      group.to = unit.to;
      group.kind ??= kind;
      group.painted ||= painting.length > 0;
      group.text ||= painting.some((operator) => showsText(operator.code));
    }
    close();
  }
}

/** Cut a run into units: whole text objects, whole paths (construction to painting), single operators. */
function units(run: readonly UntaggedOperator[], startsInText: boolean): Unit[] {
  const found: Unit[] = [];
  let inText = startsInText;
  const codeAt = (index: number): OpCode | undefined => run[index]?.code;
  for (let index = 0; index < run.length;) {
    const code = codeAt(index);
    if (inText) {
      found.push({ from: index, to: index, barrier: code === Op.ET });
      if (code === Op.ET) inText = false;
      index++;
    } else if (code === Op.BT) {
      let end = index + 1;
      while (end < run.length && codeAt(end) !== Op.ET) end++;
      if (end < run.length) found.push({ from: index, to: end, barrier: false });
      else found.push({ from: index, to: index, barrier: true });
      inText = end >= run.length;
      index = end < run.length ? end + 1 : index + 1;
    } else if (code !== undefined && buildsPath(code)) {
      let end = index;
      while (end < run.length && buildsPath(codeAt(end) ?? Op.other)) end++;
      found.push({ from: index, to: Math.min(end, run.length - 1), barrier: false });
      index = end + 1;
    } else {
      found.push({ from: index, to: index, barrier: false });
      index++;
    }
  }
  return found;
}
