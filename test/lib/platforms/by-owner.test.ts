// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../../lib/platforms';
import { facebook } from '../../../lib/platforms/facebook';
import { instagram } from '../../../lib/platforms/instagram';
import { youtube } from '../../../lib/platforms/youtube';
import { youtubeStudio } from '../../../lib/platforms/youtube-studio';

/** Issue 20: every adapter says whether the page or channel itself wrote a reading, and which comment a reply answers. */
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const open = (path: string, url = 'https://example.invalid/'): Document => new JSDOM(readFileSync(resolve(fixtures, path), 'utf8'), { url }).window.document;
const owned = (adapter: Adapter, doc: Document) =>
  adapter.findItems(doc).map((el) => {
    const r = adapter.read(el)!;
    return [r.author, r.byOwner, r.parentItemId ?? null];
  });

describe('Facebook: the post’s own page, by name and profile link', () => {
  it.each(['sv', 'en'])('page feed (%s): the page’s reply is its own, the others not', (lang) => {
    expect(owned(facebook, open(`facebook/page-feed.${lang}.html`))).toEqual([
      ['Karin Lindqvist', false, null],
      ['Tyresö kommun', true, '2001'],
      ['Ahmed Yusuf', false, null],
      ['Test Testsson', false, null],
      ['Birgitta Ek', false, null],
    ]);
  });

  it('single-comment permalink page, replies beside the comment', () => {
    expect(owned(facebook, open('facebook/comment-permalink.sv.html'))).toEqual([
      ['Karin Lindqvist', false, null],
      ['Tyresö kommun', true, '2001'],
      ['Karin Lindqvist', false, '2001'],
    ]);
  });

  it('post dialog: no reply by the page', () => {
    expect(owned(facebook, open('facebook/post-dialog.sv.html'))).toEqual([
      ['Olle Berg', false, null],
      ['Lisa Nyström', false, '4001'],
    ]);
  });

  it('a namesake of the page, with a profile of their own, is not the page', () => {
    const doc = open('facebook/page-feed.sv.html');
    const karin = [...doc.querySelectorAll('a[href^="https://www.facebook.com/karin.lindqvist.demo"] span')].find((s) => s.textContent === 'Karin Lindqvist')!;
    karin.textContent = 'Tyresö kommun';
    expect(owned(facebook, doc)[0]).toEqual(['Tyresö kommun', false, null]);
  });
});

describe('Instagram: the post’s author', () => {
  it('sv fixture: the author’s replies, with their comment from the /c/…/r/… link', () => {
    expect(owned(instagram, open('instagram/post.sv.html', 'https://www.instagram.com/p/DEMOsjovik1/'))).toEqual([
      ['lisa.exempelsson', false, null],
      ['sjoviks_kommun', true, '18000000000000101'],
      ['lisa.exempelsson', false, '18000000000000101'],
      ['per_testsson', false, null],
      ['maja.fiktiv', false, null],
      ['sjoviks_kommun', true, '18000000000000301'],
    ]);
  });

  it('en fixture: links without the parent leave parentItemId out, not guessed', () => {
    expect(owned(instagram, open('instagram/post.en.html', 'https://www.instagram.com/p/DEMOsjovik1/')).map(([a, o, p]) => [a, o, p])).toEqual([
      ['lisa.exempelsson', false, null],
      ['sjoviks_kommun', true, null],
      ['lisa.exempelsson', false, null],
      ['per_testsson', false, null],
      ['maja.fiktiv', false, null],
      ['sjoviks_kommun', true, null],
    ]);
  });
});

describe('YouTube: the creator badge, else the video owner’s channel', () => {
  const expected = [
    ['@karin-exempel', false, null],
    ['@sjovikskommun', true, 'UgxDEMOkarin0001a4AaABAg'],
    ['@olle-provare', false, 'UgxDEMOkarin0001a4AaABAg'],
    ['@maja-fiktiv', false, null],
    ['@sjovikskommun', true, 'UgyDEMOmaja00002b4AaABAg'],
    ['@per-testsson', false, null],
  ];

  it('current markup', () => {
    expect(owned(youtube, open('youtube/watch.sv.html'))).toEqual(expected);
  });

  it('without the badges, the owner’s channel in the header still tells', () => {
    const doc = open('youtube/watch.sv.html');
    for (const b of doc.querySelectorAll('ytd-author-comment-badge-renderer')) b.remove();
    expect(owned(youtube, doc)).toEqual(expected);
  });

  it('without badges and header, nobody is taken for the owner', () => {
    const doc = open('youtube/watch.sv.html');
    for (const b of doc.querySelectorAll('ytd-author-comment-badge-renderer, ytd-watch-metadata, ytd-video-owner-renderer')) b.remove();
    expect(owned(youtube, doc).filter(([, own]) => own)).toEqual([]);
  });

  it('2021 markup: the badge alone marks the owner', () => {
    const rows = owned(youtube, open('youtube/watch-comments-legacy-2021.html'));
    expect(rows.filter(([, own]) => own)).toEqual([['Egossi', true, 'UgznjFhwgSQHuoyRa2l4AaABAg']]);
    expect(rows.length).toBeGreaterThan(100);
  });
});

describe('YouTube Studio: the channel whose Studio it is', () => {
  const expected = [
    ['@karin-exempel', false, null],
    ['@sjovikskommun', true, 'UgxDEMOkarin0001a4AaABAg'],
    // Studio shows this reply without a link to it, so without ids: triage takes the comment before.
    ['@olle-provare', false, null],
    ['@maja-fiktiv', false, null],
    ['@per-testsson', false, null],
  ];

  it('named by the address', () => {
    expect(owned(youtubeStudio, open('youtube-studio/comments.sv.html', 'https://studio.youtube.com/channel/UCdemoSjoviksKommun00001/comments/inbox'))).toEqual(expected);
  });

  it('named by Studio’s frame on a video’s comment page', () => {
    expect(owned(youtubeStudio, open('youtube-studio/video-comments.sv.html', 'https://studio.youtube.com/video/dEm0Sj0v1k0/comments'))).toEqual([
      ['@karin-exempel', false, null],
      ['@sjovikskommun', true, 'UgxDEMOkarin0001a4AaABAg'],
      ['@olle-provare', false, null],
    ]);
  });

  it('another channel’s Studio, or one that names none: nobody is the owner', () => {
    for (const url of ['https://studio.youtube.com/channel/UCdemoSomeoneElse000001/comments/inbox', 'https://example.invalid/']) {
      expect(owned(youtubeStudio, open('youtube-studio/comments.sv.html', url)).filter(([, own]) => own)).toEqual([]);
    }
  });
});
