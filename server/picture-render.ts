import { viewPicture } from './picture-model.ts';
import { pictureSvg } from './picture-svg.ts';
import { svgToPng } from './rasterise.ts';
import type { ReferenceData } from './reference-data.ts';
import type { PictureView } from './view-pictures.ts';

/**
 * A view's picture as PNG bytes: its data from the API core, drawn as SVG, rasterised. Loaded by the server on the
 * first picture asked for (server/pictures.ts), so that the renderer and the charts' modules cost nothing at start-up.
 * Null where the API does not answer.
 */
export async function renderPicture(view: PictureView, data: ReferenceData, json: <T>(pathAndQuery: string) => Promise<T | null>): Promise<Buffer | null> {
  const picture = await viewPicture(view, data, json);
  return picture && svgToPng(pictureSvg(picture));
}
