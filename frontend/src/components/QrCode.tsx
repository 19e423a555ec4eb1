import qrcode from "qrcode-generator";
import { useMemo } from "react";

/** The dark modules of a QR code of `value`, as one SVG path, and the code's size. */
export function qrPath(value: string): { size: number; path: string } {
  const code = qrcode(0, "M");
  code.addData(value);
  code.make();
  const size = code.getModuleCount();
  let path = "";
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (code.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { size, path };
}

interface QrCodeProps {
  value: string;
  /** What a screen reader says instead of the picture. */
  label: string;
  className?: string;
}

/** A QR code drawn in the browser as SVG: nothing is fetched. */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { size, path } = useMemo(() => qrPath(value), [value]);
  // The quiet zone of four modules around the code that scanners need.
  const quiet = 4;
  const box = size + quiet * 2;
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      xmlns="http://www.w3.org/2000/svg"
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
