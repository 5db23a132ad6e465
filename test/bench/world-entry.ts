// The Instagram adapter, bundled for world.mjs to run in a page's worlds.
import { instagram } from '../../lib/platforms/instagram';

(globalThis as unknown as { kvInstagram: typeof instagram }).kvInstagram = instagram;
