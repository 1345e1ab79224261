import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { PICTURE_FONT } from './picture-svg.ts';

/**
 * SVG to PNG with resvg (a Rust renderer, prebuilt for each platform in the npm package, no browser or canvas), on
 * libuv's thread pool so that the server keeps answering while it draws. The text is set in Inter, loaded from its npm
 * package (@expo-google-fonts/inter): system fonts are not read, so a picture looks the same on every machine.
 */

const require = createRequire(import.meta.url);
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((file) => require.resolve(`@expo-google-fonts/inter/${file}`));

export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: PICTURE_FONT, sansSerifFamily: PICTURE_FONT },
    fitTo: { mode: 'original' },
    background: '#ffffff',
    logLevel: 'off',
  });
  return image.asPng();
}
