// Build the views' JavaScript from the ES modules in js/src with esbuild (`make js` runs this):
//   widget.js          the anywidget module (ESM) the widget sends as its _esm;
//   explainer-views.js the page's classic script (IIFE) that draws the views mounted in a page;
//   explainer-qr.js    the QR code drawer for share links (IIFE), fetched only when needed.
// Both land in explainer/delivery/static/built/ (gitignored), where Python reads them.
import { mkdir, stat } from "node:fs/promises";
import { delimiter, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = join(root, "explainer", "delivery", "static", "built");

const common = {
  bundle: true,
  charset: "utf8", // the views' labels (◀ ▶ ✓ ·) stay readable in the built files
  legalComments: "none",
  logLevel: "warning",
  target: "es2020",
  // packages tried out before they are pinned may live elsewhere (NODE_PATH, as Node reads it)
  nodePaths: (process.env.NODE_PATH || "").split(delimiter).filter(Boolean),
};
const outputs = [
  {
    entryPoints: [join(root, "js/src/widget.js")],
    format: "esm",
    outfile: join(outdir, "widget.js"),
  },
  {
    entryPoints: [join(root, "js/src/page.js")],
    format: "iife",
    outfile: join(outdir, "explainer-views.js"),
  },
  {
    // the QR codes of share links, on their own: page.js fetches this only when one is shown
    entryPoints: [join(root, "js/src/share/qr-script.js")],
    format: "iife",
    minify: true,
    outfile: join(outdir, "explainer-qr.js"),
  },
];

await mkdir(outdir, { recursive: true });
for (const options of outputs) {
  await esbuild.build({ ...common, ...options });
  const { size } = await stat(options.outfile);
  console.log(`==> ${relative(root, options.outfile)} (${(size / 1024).toFixed(1)} KB)`);
}
