// Photos are made smaller on the device before they are kept: a tablet's 12-megapixel photo is 4 MB,
// and over a rural link every megabyte counts. The server re-encodes the image anyway (no EXIF, no GPS).
const LONGEST_SIDE = 1600;

export async function resized(file) {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob(blob => (blob ? resolve(blob) : reject(new Error('resize'))), 'image/jpeg', 0.8));
}
