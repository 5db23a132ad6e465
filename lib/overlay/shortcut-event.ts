/** Dispatched on an item's toolbar host: "capture this item" (from the keyboard shortcut). */
export const CAPTURE_EVENT = 'kommentarsvakt:capture';
