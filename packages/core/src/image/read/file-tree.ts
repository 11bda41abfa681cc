/**
 * The merged view of an image's layers: which path is visible at the end and which layer it came
 * from, with whiteouts and opaque directories applied as an overlay filesystem would
 * (https://github.com/opencontainers/image-spec/blob/main/layer.md#applying-changesets), and
 * symlinks/hardlinks resolved lexically inside the root with a bounded number of hops.
 */
import type { LayerFile } from '../../types/image';
import { resolveInRoot } from './entry-path';
import { DEFAULT_READ_LIMITS } from './limits';
import type { OpenedImage } from './open-image';
import { type ImageVisitor, type WalkOptions, type WalkSummary, type WhiteoutEvent, walkImage } from './walk-image';

interface TreeNode {
  file?: LayerFile;
  children?: Map<string, TreeNode>;
}

/** Outcome of {@link FileTree.resolve}. */
export type ResolveResult =
  | {
      status: 'found';
      /** The final path after following links. */
      path: string;
      /** The entry there; undefined for a directory that exists only because of its children. */
      file: LayerFile | undefined;
      /** True when a link pointed above the root and was clamped to it. */
      clamped: boolean;
    }
  | {
      /** `missing`: a component does not exist or is not a directory; `loop`: a link cycle. */
      status: 'missing' | 'loop' | 'too-many-hops';
      path: string;
    };

/** Builds the final filesystem of an image from walk events, lowest layer first. */
export class FileTree {
  private readonly root: TreeNode = { children: new Map() };
  private readonly maxLinkHops: number;

  constructor(options: { maxLinkHops?: number } = {}) {
    this.maxLinkHops = options.maxLinkHops ?? DEFAULT_READ_LIMITS.maxLinkHops;
  }

  /** A visitor that feeds this tree; combine it with others to build the tree during a scan walk. */
  visitor(): ImageVisitor {
    return { entry: (entry) => this.add(entry.file), whiteout: (event) => this.applyWhiteout(event) };
  }

  /** Adds an entry; a later entry at the same path replaces the earlier one (last wins). */
  add(file: LayerFile): void {
    if (file.path === '') return;
    const node = this.nodeAt(file.path, true) as TreeNode;
    // A non-directory replaces a directory together with everything below it.
    if (file.type !== 'dir') node.children = undefined;
    node.file = file;
  }

  /** Applies a whiteout or opaque marker: only entries of lower layers are removed. */
  applyWhiteout(event: WhiteoutEvent): void {
    const below = event.layer.index;
    if (event.kind === 'opaque') {
      const dir = event.path === '' ? this.root : this.nodeAt(event.path, false);
      if (dir?.children) pruneChildren(dir, below);
      return;
    }
    const slash = event.path.lastIndexOf('/');
    const parent = slash < 0 ? this.root : this.nodeAt(event.path.slice(0, slash), false);
    const name = event.path.slice(slash + 1);
    const node = parent?.children?.get(name);
    if (!parent?.children || !node) return;
    if (node.file && node.file.layer.index < below) node.file = undefined;
    if (node.children) pruneChildren(node, below);
    if (!node.file && !node.children?.size) parent.children.delete(name);
  }

  /** The visible entry at exactly `path` (links are not followed). */
  get(path: string): LayerFile | undefined {
    return this.nodeAt(resolveInRoot('', path), false)?.file;
  }

  /** True when `path` is visible, as an entry or as an implied parent directory. */
  has(path: string): boolean {
    return this.nodeAt(resolveInRoot('', path), false) !== undefined;
  }

  /** Every visible entry, depth first in name order. */
  *files(): IterableIterator<LayerFile> {
    const stack: TreeNode[] = [this.root];
    while (stack.length > 0) {
      const node = stack.pop() as TreeNode;
      if (node.file) yield node.file;
      if (node.children) {
        const names = [...node.children.keys()].sort().reverse();
        for (const name of names) stack.push(node.children.get(name) as TreeNode);
      }
    }
  }

  /**
   * Follows symlinks (in every component, and in the last unless `followFinal` is false) and
   * hardlinks (last component) to the entry that holds the content. Absolute targets start at the
   * image root and `..` never climbs above it.
   */
  resolve(path: string, options: { followFinal?: boolean } = {}): ResolveResult {
    const followFinal = options.followFinal ?? true;
    let pending = segments(path);
    let current: string[] = [];
    let hops = 0;
    let clamped = false;
    const seen = new Set<string>();
    while (pending.length > 0) {
      const segment = pending.shift() as string;
      if (segment === '..') {
        if (current.length === 0) clamped = true;
        current.pop();
        continue;
      }
      const candidate = [...current, segment].join('/');
      const node = this.nodeAt(candidate, false);
      if (!node) return { status: 'missing', path: candidate };
      const last = pending.length === 0;
      const file = node.file;
      const follow = file?.type === 'symlink' ? !last || followFinal : file?.type === 'hardlink' && last;
      if (file && follow && file.linkTarget !== undefined) {
        const key = `${candidate}\0${pending.join('/')}`;
        if (seen.has(key)) return { status: 'loop', path: candidate };
        seen.add(key);
        if (++hops > this.maxLinkHops) return { status: 'too-many-hops', path: candidate };
        const target = file.linkTarget;
        // Hardlink targets are root-relative member names; symlinks are relative to their directory.
        if (file.type === 'hardlink' || target.startsWith('/')) current = [];
        pending = [...segments(target), ...pending];
        continue;
      }
      if (!last && file && file.type !== 'dir') return { status: 'missing', path: candidate };
      current.push(segment);
    }
    const finalPath = current.join('/');
    return { status: 'found', path: finalPath, file: this.nodeAt(finalPath, false)?.file, clamped };
  }

  private nodeAt(path: string, create: boolean): TreeNode | undefined {
    let node = this.root;
    if (path === '') return node;
    for (const segment of path.split('/')) {
      let child = node.children?.get(segment);
      if (!child) {
        if (!create) return undefined;
        child = {};
        node.children ??= new Map();
        node.children.set(segment, child);
      }
      node = child;
    }
    return node;
  }
}

/** Removes, below `node`, every entry of a layer lower than `layerIndex`, keeping newer ones. */
function pruneChildren(node: TreeNode, layerIndex: number): void {
  for (const [name, child] of node.children ?? []) {
    if (child.file && child.file.layer.index < layerIndex) child.file = undefined;
    if (child.children) pruneChildren(child, layerIndex);
    if (!child.file && !child.children?.size) node.children?.delete(name);
  }
}

/** Path segments without empty and `.` parts (`..` is kept for the resolver to apply). */
function segments(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

/** Merges visitors so one walk feeds them all, in order. */
export function combineVisitors(...visitors: ImageVisitor[]): ImageVisitor {
  return {
    layerStart: async (layer) => {
      for (const v of visitors) await v.layerStart?.(layer);
    },
    entry: async (entry) => {
      for (const v of visitors) await v.entry?.(entry);
    },
    whiteout: async (event) => {
      for (const v of visitors) await v.whiteout?.(event);
    },
    layerEnd: async (stats) => {
      for (const v of visitors) await v.layerEnd?.(stats);
    },
  };
}

/**
 * Walks `image` and returns its merged filesystem (the `ApplyLayers` step of a scan). Use
 * {@link FileTree.visitor} with {@link combineVisitors} instead to build the tree during a walk
 * that also feeds analyzers.
 */
export async function applyLayers(
  image: OpenedImage,
  options: WalkOptions = {},
): Promise<{ tree: FileTree; summary: WalkSummary }> {
  const tree = new FileTree({ maxLinkHops: options.limits?.maxLinkHops ?? image.readOptions.limits.maxLinkHops });
  const summary = await walkImage(image, tree.visitor(), options);
  return { tree, summary };
}
