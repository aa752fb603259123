// How sure an event is, in a word or two (tables and source summaries): confirmed, single
// source or disputed.
import { t } from "./i18n.js";

export function confidenceWord(confidence) {
  if (confidence === "confirmed") return t("confirmed");
  if (confidence === "single-source") return t("single source");
  if (confidence === "disputed") return t("disputed");
  return String(confidence).replace("-", " ");
}
