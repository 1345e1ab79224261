import type { MouseEvent, RefObject } from 'react';
import { CSV_MIME, toCsv, type CsvCell } from '../domain/csv.ts';
import { fileName } from '../domain/file-name.ts';
import { downloadChart, downloadText, type ChartImageOptions } from '../lib/download.ts';

interface Props {
  /** The parts of the file names: the view, the country, the years, the release. */
  fileStem: readonly string[];
  /** Exactly the view as a table. */
  csv: () => { header: string[]; rows: CsvCell[][] };
  /** The chart on screen, when there is one, for PNG and SVG. */
  chart?: { figure: RefObject<HTMLElement | null>; image: ChartImageOptions } | undefined;
}

export function DownloadButtons({ fileStem, csv, chart }: Props) {
  const downloadCsv = () => {
    const { header, rows } = csv();
    downloadText(toCsv(header, rows), fileName(fileStem, 'csv'), CSV_MIME);
  };
  const downloadImage = (format: 'png' | 'svg') => {
    const svg = chart?.figure.current?.querySelector<SVGSVGElement>('.svg-chart svg, .recharts-wrapper > svg, svg.map-svg');
    if (chart && svg) void downloadChart(svg, chart.image, fileName(fileStem, format), format);
  };
  return (
    <div className="downloads" id="downloads">
      <button type="button" onClick={downloadCsv}>
        Download CSV
      </button>
      {chart && (
        <>
          <button type="button" onClick={() => downloadImage('png')}>
            Download PNG
          </button>
          <button type="button" onClick={() => downloadImage('svg')}>
            Download SVG
          </button>
        </>
      )}
    </div>
  );
}

/**
 * Before a table whose every figure is a button, a link that shows when focused: past the table to the downloads,
 * which would otherwise be hundreds of Tab presses away.
 */
export function SkipToDownloads() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const first = document.getElementById('downloads')?.querySelector('button');
    if (!first) return;
    event.preventDefault(); // the focus itself, where following #downloads would only move where Tab starts from
    first.focus();
  };
  return (
    <a href="#downloads" className="skip-link skip-link--inline" onClick={skip}>
      Skip the table to the downloads
    </a>
  );
}
