// explainer-qr.js, a classic script of its own: page.js fetches it the first time a QR code is
// shown (the Share dialog, presenter mode's Q, a printout) and calls window.explainerQR.qrSvg.
import { qrSvg } from "./qr.js";

globalThis.explainerQR = { qrSvg };
