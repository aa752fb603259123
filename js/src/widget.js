// The anywidget module (built to the widget's _esm): anywidget calls render({model, el}).
import { render } from "./render.js";

export default { render };
