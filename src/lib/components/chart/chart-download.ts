import { downloadBlob, downloadText } from '../download';

/** The chart as a standalone SVG file (fonts fall back to the reader's system sans-serif). */
export function svgText(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.removeAttribute('aria-hidden');
	copy.style.background = 'white';
	return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, filename: string) {
	downloadText(`${filename}.svg`, svgText(svg), 'image/svg+xml');
}

/** Draws the SVG onto a white canvas at twice its size, for documents and slides. */
export async function downloadPng(svg: SVGSVGElement, filename: string) {
	const { width, height } = svg.viewBox.baseVal;
	const image = new Image();
	const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
	await new Promise<void>((resolve, reject) => {
		image.onload = () => resolve();
		image.onerror = () => reject(new Error('Could not draw the chart as an image'));
		image.src = url;
	});
	const canvas = Object.assign(document.createElement('canvas'), {
		width: width * 2,
		height: height * 2
	});
	const context = canvas.getContext('2d')!;
	context.fillStyle = 'white';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	URL.revokeObjectURL(url);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new Error('Could not make the PNG');
	downloadBlob(`${filename}.png`, blob);
}
