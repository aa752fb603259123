// A QR code of a link, drawn here as SVG with qrcode-generator (MIT): black modules on white
// whatever the page's colours, error correction M and a quiet zone of four modules, so a phone
// reads it from a printout or from the back of a room. No other host is asked for anything.
import qrcode from "qrcode-generator";

export const QUIET_ZONE = 4; // modules of white around the code, as the standard asks
const SVG = "http://www.w3.org/2000/svg";

// The code's dark modules as one SVG path (a run of dark modules in a row is one rectangle) and
// the side of the whole square in modules, quiet zone included.
export function qrPath(text, level = "M") {
  const code = qrcode(0, level); // 0: the smallest version that holds the text
  // Byte mode writes each character's low byte: give it the text's UTF-8 bytes as characters
  const utf8 = String.fromCharCode(...new TextEncoder().encode(String(text)));
  code.addData(utf8, "Byte");
  code.make();
  const count = code.getModuleCount();
  const runs = [];
  for (let row = 0; row < count; row += 1) {
    let col = 0;
    while (col < count) {
      if (!code.isDark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && code.isDark(row, col)) col += 1;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { side: count + 2 * QUIET_ZONE, d: runs.join("") };
}

// The code as an <svg> that scales to its box; `label` is what a screen reader hears.
export function qrSvg(text, label) {
  const { side, d } = qrPath(text);
  const svg = document.createElementNS(SVG, "svg");
  for (const [name, value] of Object.entries({
    viewBox: `0 0 ${side} ${side}`,
    class: "ex-qr-code",
    role: "img",
    "aria-label": label,
    "shape-rendering": "crispEdges",
  }))
    svg.setAttribute(name, value);
  const white = document.createElementNS(SVG, "rect");
  white.setAttribute("width", String(side));
  white.setAttribute("height", String(side));
  white.setAttribute("fill", "#fff");
  const dark = document.createElementNS(SVG, "path");
  dark.setAttribute("d", d);
  dark.setAttribute("fill", "#000");
  svg.append(white, dark);
  return svg;
}
