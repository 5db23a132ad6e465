// The bundled demo pages: fixture pages served at the real site URLs, one or more per
// supported site, with Swedish demo content (fictional people).
export const demoPages = [
  { name: 'facebook-flode', title: 'Facebook: sidans flöde', url: 'https://www.facebook.com/tyresokommun', fixture: 'facebook/page-feed.sv.html' },
  { name: 'facebook-inlagg', title: 'Facebook: inlägg öppnat som dialog', url: 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso2001', fixture: 'facebook/post-dialog.sv.html' },
  { name: 'instagram', title: 'Instagram: inlägg med kommentarer', url: 'https://www.instagram.com/p/DEMOsjovik1/', fixture: 'instagram/post.sv.html' },
  { name: 'youtube', title: 'YouTube: videosida med kommentarer', url: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0', fixture: 'youtube/watch.sv.html' },
  { name: 'youtube-studio', title: 'YouTube Studio: kanalens kommentarer', url: 'https://studio.youtube.com/channel/UCsjovikdemo/comments/inbox', fixture: 'youtube-studio/comments.sv.html' },
];

/** URL → fixture, for launch({ pages }). */
export const demoRoutes = Object.fromEntries(demoPages.map((p) => [p.url, p.fixture]));
