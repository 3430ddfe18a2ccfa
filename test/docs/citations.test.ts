/**
 * Doc comments and guides cite what a reader can open: papers, public links and the project's own
 * guides. A reference to a document users do not have (an internal handbook, its section numbers, a
 * sibling folder outside the repository) fails here, and so does a pointer to a guide or a guide section
 * that does not exist.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'api' || name === 'node_modules' ? [] : filesUnder(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

const sources = filesUnder(join(root, 'src'), /\.ts$/);
const guides = filesUnder(join(root, 'docs'), /\.md$/);
const readable = [...sources, ...guides, join(root, 'README.md')];

/** A file's text with comment continuations (`\n * `) joined, so a reference split over lines reads whole. */
function textOf(file: string): string {
  return readFileSync(file, 'utf8').replace(/\n\s*\*\s?(?!\/)/g, ' ');
}

/** Kinds of reference that point at documents a user does not have. */
const FORBIDDEN: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'a path outside the repository (../shared)', pattern: /\.\.\/shared\b|\bshared\/docs\b/ },
  // "Handbook of Mathematical Functions", "Handbook on Constructing ..." are book titles, not the team's.
  { name: 'the handbook', pattern: /\bhandbook\b(?!\s+(of|on)\b)/i },
  { name: 'a section number of a Markdown file (clv.md §5)', pattern: /\b[\w-]+\.md\s*§/ },
  { name: 'the internal domain notes (domain.md)', pattern: /\bdomain\.md\b|\bloyalty-and-segmentation\.md\b/ },
  // A section sign belongs after its source ("Cochran 1977, §4.4", "DLMF §3.5"), never alone.
  { name: 'a section sign with no source before it ((§3.2), see §3)', pattern: /(\(|\bsee\s+)§/i },
];

describe('references in doc comments and guides', () => {
  it('reads the sources and the guides', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(guides.length).toBeGreaterThan(5);
  });

  it('cite nothing a user does not have', () => {
    const problems: string[] = [];
    for (const file of readable) {
      const text = textOf(file);
      for (const { name, pattern } of FORBIDDEN) {
        const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        for (const m of text.matchAll(global)) {
          problems.push(`${relative(root, file)}: ${name}: "${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20)}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('point at guides and guide sections that exist', () => {
    const headings = new Map<string, string[]>();
    for (const g of guides) {
      headings.set(
        relative(root, g),
        [...readFileSync(g, 'utf8').matchAll(/^#+\s+(.+)$/gm)].map((m) => m[1]!.trim()),
      );
    }
    const problems: string[] = [];
    let seen = 0;
    for (const file of sources) {
      const text = textOf(file);
      for (const m of text.matchAll(/\b((?:docs\/)?[\w-]+\.md)\b(?:,\s*"([^"]+)")?/g)) {
        seen++;
        const guide = m[1]!.startsWith('docs/') ? m[1]! : `docs/${m[1]!}`;
        const sections = headings.get(guide);
        if (sections === undefined || !m[1]!.startsWith('docs/')) {
          problems.push(`${relative(root, file)}: "${m[0]}" is not docs/<guide>.md of an existing guide`);
        } else if (m[2] !== undefined && !sections.includes(m[2])) {
          problems.push(`${relative(root, file)}: ${guide} has no section "${m[2]}"`);
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('link guides to files and headings that exist', () => {
    const slug = (heading: string): string =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
    const problems: string[] = [];
    for (const file of [...guides, join(root, 'README.md')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^(https?:|mailto:)/.test(target)) continue;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const resolved = path === '' ? file : join(dirname(file), path);
        let body: string;
        try {
          body = statSync(resolved).isDirectory() ? '' : readFileSync(resolved, 'utf8');
        } catch {
          problems.push(`${relative(root, file)}: link to ${target}: no such file`);
          continue;
        }
        if (anchor !== undefined && anchor !== '') {
          const anchors = [...body.matchAll(/^#+\s+(.+)$/gm)].map((h) => slug(h[1]!.trim()));
          if (!anchors.includes(anchor)) problems.push(`${relative(root, file)}: link to ${target}: no such heading`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
