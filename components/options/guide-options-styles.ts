/** Layout for the guide and template editors (the shared page.css has only the profile form's). */
export const guideOptionsCss = `
section.card .field { display: grid; gap: 4px; margin: 8px 0; }
section.card label { font-weight: 600; }
section.card .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
section.card input[type="text"], section.card input[type="url"], section.card select, section.card textarea {
  font: inherit; padding: 6px 8px; border: 1px solid #6b6f76; border-radius: 4px; font-weight: normal; }
section.card textarea { width: 100%; resize: vertical; }
section.card textarea:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
section.card fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; padding: 8px 12px; }
section.card legend { font-weight: 600; padding: 0 4px; }
section.card fieldset.guide-fields { border: none; margin: 0; padding: 0; }
section.card label.choice { display: block; font-weight: normal; margin: 2px 0; }
section.card ol { padding-left: 20px; }
section.card .editor .fields { display: grid; gap: 6px; }
.reply-preview { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f7f9; border: 1px solid var(--line); padding: 8px; margin: 4px 0; }
section.card h2 button.disclosure { font: inherit; font-weight: 600; border: none; background: none; padding: 0; color: var(--fg); }
.preview h3 { font-size: 15px; margin: 8px 0 4px; } .preview h4 { font-size: 14px; margin: 6px 0 2px; }
`;
