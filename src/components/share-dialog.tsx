import { useEffect, useId, useRef, useState } from 'react';
import { useHref } from 'react-router';
import { embedCode, embedSearch, withSearch, type EmbedControls } from '../lib/embed-url.ts';

export interface ShareDialogProps {
  /** The explorer's path: "/shares", "/pairs"; its embed is the same path under /embed. */
  path: '/shares' | '/pairs';
  /** The view's settings, as in its URL. */
  search: URLSearchParams;
  /** The view's title: the iframe's name for screen readers. */
  title: string;
  onClose: () => void;
}

/** The iframe's height in the code offered (the chart fits the frame's width; the height is the article's to choose). */
const EMBED_HEIGHT: Record<EmbedControls, number> = { slider: 680, none: 580 };

/**
 * A modal dialog (the browser's <dialog>: it holds the focus, Escape closes it, and the focus returns to Share): the
 * link to exactly this view, and an embed code for it, with or without the year slider; each with a Copy button that
 * says whether it copied, and selects the text where the browser gives no clipboard.
 */
export function ShareDialog({ path, search, title, onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [controls, setControls] = useState<EmbedControls>('slider');
  const [copied, setCopied] = useState('');
  const link = new URL(useHref(withSearch(path, search)), window.location.origin).href;
  const embed = new URL(useHref(withSearch(`/embed${path}`, embedSearch(search, controls))), window.location.origin).href;
  const code = embedCode({ src: embed, title, height: EMBED_HEIGHT[controls] });

  // Modal from the start; removed with the component (which closes it), not closed by an effect's cleanup, whose close
  // event would arrive after React's development rerun had opened it again.
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const copy = async (text: string, field: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied.`);
    } catch {
      const input = document.getElementById(field) as HTMLInputElement | HTMLTextAreaElement | null;
      input?.focus();
      input?.select();
      setCopied(`The ${what.toLowerCase()} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`);
    }
  };

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <h2 id={`${ids}-title`}>Share this view</h2>
      <p className="share-dialog__view">{title}</p>
      <label htmlFor={`${ids}-link`}>Link to this view</label>
      <div className="share-dialog__row">
        <input id={`${ids}-link`} type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" onClick={() => void copy(link, `${ids}-link`, 'Link')}>
          Copy link
        </button>
      </div>
      <label htmlFor={`${ids}-code`}>Embed code, for an article</label>
      <textarea id={`${ids}-code`} readOnly rows={4} value={code} onFocus={(event) => event.currentTarget.select()} aria-describedby={`${ids}-about`} />
      <div className="share-dialog__row">
        <label className="share-dialog__option">
          <input type="checkbox" checked={controls === 'slider'} onChange={(event) => {
              setControls(event.target.checked ? 'slider' : 'none');
              // The code copied before is not this code any more.
              setCopied('');
            }} />
          Readers can move the years (year slider)
        </label>
        <button type="button" onClick={() => void copy(code, `${ids}-code`, 'Embed code')}>
          Copy embed code
        </button>
      </div>
      <p id={`${ids}-about`} className="muted">
        The embed shows this chart with its title, legend, caption, source and release, and a link back here. It fits the
        width of its frame, from 320 px; change the height in the code to suit the page.
      </p>
      <p role="status" className="share-dialog__status">
        {copied}
      </p>
      <button type="button" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
