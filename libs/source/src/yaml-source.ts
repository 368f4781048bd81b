import {
  Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node,
} from 'yaml';
import { DEFAULT_LANG, type Lang, type Messages, messagesFor } from './message-catalog';
import type { SourceError } from './source-error';

export type SourcePath = ReadonlyArray<string | number>;

/** A parsed YAML file that remembers where every value came from, so errors can name file and line. */
export class YamlSource {
  private constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly document: Document,
    private readonly lines: LineCounter,
    /** The language of the messages about this file. */
    readonly lang: Lang,
  ) {}

  get messages(): Messages {
    return messagesFor(this.lang);
  }

  static parse(
    text: string,
    file: string,
    lang: Lang = DEFAULT_LANG,
  ): { source?: YamlSource; errors: SourceError[] } {
    const m = messagesFor(lang);
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const problems = [...document.errors, ...document.warnings];
    if (problems.length > 0) {
      // A tab in the indentation throws the parser off for the rest of the block: say only that.
      const tabs = problems.filter((p) => p.code === 'TAB_AS_INDENT');
      return {
        errors: (tabs.length ? tabs : problems).map((p) => ({
          file,
          line: lines.linePos(p.pos[0]).line,
          message: p.code === 'TAB_AS_INDENT' ? m.tabIndent() : m.yaml(p.message.split('\n')[0]),
        })),
      };
    }
    let data: unknown;
    try {
      data = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias to no anchor, or aliases that multiply beyond the limit: the library throws, not reports.
      const line = lines.linePos(aliasOffset(document)).line;
      return { errors: [{ file, line, message: m.yaml((error as Error).message) }] };
    }
    return { source: new YamlSource(file, data, document, lines, lang), errors: [] };
  }

  /** The line of the value at `path`, or of its nearest existing ancestor. */
  lineOf(path: SourcePath): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return 1;
  }

  /** The line of the key `key` inside the map at `path` (for unknown or misspelt keys). */
  lineOfKey(path: SourcePath, key: string): number {
    const parent = path.length === 0 ? this.document.contents : this.document.getIn(path, true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return this.lines.linePos(keyNode.range[0]).line;
    }
    return this.lineOf(path);
  }

  error(path: SourcePath, message: string): SourceError {
    return { file: this.file, line: this.lineOf(path), message };
  }

  /** The text a scalar was written as (`200.000` for a value YAML reads as 200); undefined for anything else. */
  textOf(path: SourcePath): string | undefined {
    const node = this.document.getIn(path, true);
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  }

  /** Number of items of the sequence at `path` (0 when it is not a sequence). */
  lengthOf(path: SourcePath): number {
    const node = this.document.getIn(path, true);
    return isSeq(node) ? node.items.length : 0;
  }
}

/** Where the first unresolved alias is, else the first alias of all (0 when there is none). */
function aliasOffset(document: Document): number {
  let first: number | undefined;
  let unresolved: number | undefined;
  visit(document, {
    Alias(_, alias) {
      const at = alias.range?.[0] ?? 0;
      first ??= at;
      if (!alias.resolve(document)) {
        unresolved = at;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return unresolved ?? first ?? 0;
}
