/**
 * Watches a page for reviews: one scan when the page is idle, then only the subtrees the page adds,
 * batched in idle callbacks. Follows open shadow roots and same-origin iframes, rescans after
 * single-page-app navigation, and reports each review once (by reviewKey) however often the page
 * re-renders it.
 */
import { reviewKey } from '../messaging/protocol';
import { isTactfulNode } from '../page/host';
import type { DetectedReview } from '../types';
import { detectReviews } from './index';
import { shapeOf, type PlaceMemo } from './generic';

export interface ReviewObserver {
  /** Every review reported so far, with its current element (re-rendered reviews point at the new one). */
  all(): DetectedReview[];
  /** The review with this reviewKey(), if reported. */
  byKey(key: string): DetectedReview | undefined;
  /** Scans everything again (after the page changed in ways mutations do not show). */
  rescan(): void;
}

type Scope = Document | ShadowRoot;

export function observeReviews(
  doc: Document,
  url: string,
  onChange: (added: DetectedReview[]) => void,
  options: { signal?: AbortSignal } = {},
): ReviewObserver {
  const win = doc.defaultView;
  const known = new Map<string, DetectedReview>();
  const knownShapes = new Set<string>();
  const observed = new WeakSet<Node>();
  const observers: MutationObserver[] = [];
  const pendingRoots = new Set<Node>();
  let currentUrl = url;
  let lastDocumentUrl = doc.URL;
  let fullScanPending = false;
  let flushScheduled = false;

  const report = (found: DetectedReview[]) => {
    const added: DetectedReview[] = [];
    for (const review of found) {
      const key = reviewKey(review);
      const existing = known.get(key);
      if (existing) {
        existing.element = review.element;
        if (review.replyBox) existing.replyBox = review.replyBox;
        continue;
      }
      known.set(key, review);
      added.push(review);
    }
    if (added.length === 0) return;
    for (const review of added) if (review.site === 'generic') knownShapes.add(shapeOf(review.element));
    try {
      onChange(added);
    } catch (error) {
      console.error('Tactful: a review listener failed', error);
    }
  };

  /** `places` is shared by the scans of one batch (see GenericOptions). */
  const detectIn = (root: Document | Element | ShadowRoot, pageUrl: string, places: PlaceMemo = new Map()): DetectedReview[] => {
    const options = { knownShapes, places };
    const found =
      root.nodeType === 11
        ? Array.from((root as ShadowRoot).children).flatMap((child) => detectReviews(child, pageUrl, options))
        : detectReviews(root as Document | Element, pageUrl, options);
    return found.filter((review) => !isTactfulNode(review.element));
  };

  const scan = (root: Document | Element | ShadowRoot, pageUrl: string) => report(detectIn(root, pageUrl));

  const fullScan = () => {
    scan(doc, currentUrl);
    innerScopes(doc, watch);
  };

  const watch = (scope: Scope) => {
    if (observed.has(scope) || !win) return;
    observed.add(scope);
    const observer = new win.MutationObserver((records) => {
      for (const record of records) for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1 && !isTactfulNode(node)) pendingRoots.add(node);
      schedule();
    });
    observer.observe(scope, { childList: true, subtree: true });
    observers.push(observer);
    if (scope.nodeType === 11) scan(scope, currentUrl);
    else if (scope !== doc) {
      scan(scope as Document, (scope as Document).URL);
      innerScopes(scope as Document, watch);
    }
  };

  const flush = () => {
    flushScheduled = false;
    if (options.signal?.aborted) return;
    // A single-page app changed the address without a popstate (pushState from the page's own scripts).
    if (doc.URL !== lastDocumentUrl) {
      lastDocumentUrl = doc.URL;
      currentUrl = doc.URL;
      fullScanPending = true;
    }
    if (fullScanPending) {
      fullScanPending = false;
      pendingRoots.clear();
      fullScan();
      return;
    }
    const roots = outermost(Array.from(pendingRoots).filter((node) => node.isConnected)) as Element[];
    pendingRoots.clear();
    const found: DetectedReview[] = [];
    const places: PlaceMemo = new Map();
    for (const root of roots) {
      const ownerUrl = root.ownerDocument.URL;
      found.push(...detectIn(root, ownerUrl === doc.URL ? currentUrl : ownerUrl, places));
    }
    report(found);
    for (const root of roots) innerScopes(root, watch);
  };

  const schedule = () => {
    if (flushScheduled || options.signal?.aborted) return;
    flushScheduled = true;
    whenIdle(win, () => guarded(flush));
  };

  const framesWithListener = new WeakSet<Element>();
  /** Open shadow roots and same-origin iframe documents under `root`. */
  const innerScopes = (root: Document | Element, visit: (scope: Scope) => void): void => {
    const check = (el: Element) => {
      if (el.shadowRoot) {
        visit(el.shadowRoot);
        for (const child of Array.from(el.shadowRoot.children)) innerScopes(child, visit);
      }
      if (el.tagName !== 'IFRAME') return;
      const frame = el as HTMLIFrameElement;
      const frameDoc = sameOriginDocument(frame);
      if (frameDoc) visit(frameDoc);
      if (framesWithListener.has(frame)) return;
      framesWithListener.add(frame);
      // A frame that has not loaded yet, or navigates, is looked at again when it loads.
      frame.addEventListener('load', () => guarded(() => {
        const loaded = sameOriginDocument(frame);
        if (loaded) visit(loaded);
      }), { signal: options.signal });
    };
    if (root.nodeType === 1) check(root as Element);
    const elements = root.querySelectorAll('*');
    for (let i = 0; i < elements.length; i++) check(elements[i]!);
  };

  const onNavigate = () => {
    fullScanPending = true;
    schedule();
  };

  watch(doc);
  fullScanPending = true;
  schedule();
  win?.addEventListener('popstate', onNavigate, { signal: options.signal });
  // The Navigation API (Chromium) also sees pushState from the page's own scripts, which a content
  // script's isolated world cannot patch.
  const navigation = (win as (Window & { navigation?: EventTarget }) | null)?.navigation;
  navigation?.addEventListener('navigatesuccess', onNavigate, { signal: options.signal });
  options.signal?.addEventListener('abort', () => {
    for (const observer of observers) observer.disconnect();
  });

  return {
    all: () => Array.from(known.values()),
    byKey: (key) => known.get(key),
    rescan: onNavigate,
  };
}

/** Page events call into detection; a failure is logged, never thrown into the page. */
function guarded(work: () => void): void {
  try {
    work();
  } catch (error) {
    console.error('Tactful: review detection failed', error);
  }
}

function whenIdle(win: Window | null, callback: () => void): void {
  const idle = (win as (Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }) | null)
    ?.requestIdleCallback;
  if (idle) idle.call(win, callback, { timeout: 500 });
  else (win ?? globalThis).setTimeout(callback, 16);
}

/** Drops nodes that sit inside another node of the list (their subtree is scanned anyway). */
function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let parent = parentAcrossShadow(node); parent; parent = parentAcrossShadow(parent)) if (set.has(parent)) return false;
    return true;
  });
}

function parentAcrossShadow(node: Node): Node | null {
  return node.parentNode && node.parentNode.nodeType === 11 ? (node.parentNode as ShadowRoot).host ?? null : node.parentNode;
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null; // Cross-origin frames throw in some browsers instead of returning null; both mean "not ours".
  }
}
