// The gold releases of the extraction eval set: invented texts in the style of ministry and embassy
// press releases (names of people and places are real-sounding but the events are made up).
// One file a language under releases/. Each is rendered into a page by one of the site layouts in layouts.mjs.

import en from './releases/en.mjs';
import fr from './releases/fr.mjs';
import es from './releases/es.mjs';
import ru from './releases/ru.mjs';
import zh from './releases/zh.mjs';
import ar from './releases/ar.mjs';
import de from './releases/de.mjs';

export const RELEASES = [...en, ...fr, ...es, ...ru, ...zh, ...ar, ...de];
