// `cable render` as a user runs it: the built bin in a separate process, in a temporary folder.
// One cable to a file or to stdout; a folder of cables to a folder with an index.html table whose
// rows link to each page, and REF items linking to the pages of cited cables of the set.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readCorpusCable, readFixture } from '../helpers/paths';
import { Sandbox } from './sandbox';

let sandbox: Sandbox;
const render = (...args: string[]) => sandbox.run(['render', ...args]);

describe('cable render', function () {
  this.timeout(30000);

  beforeEach(() => {
    sandbox = new Sandbox();
  });
  afterEach(() => sandbox.remove());

  it('writes one cable as a self-contained HTML file with -o, and to stdout without', () => {
    sandbox.write('07KARACHI861.cable', readFixture('07KARACHI861.cable'));
    const toFile = render('--html', '07KARACHI861.cable', '-o', 'seed.html');
    assert.equal(toFile.status, 0, toFile.stderr);
    const html = fs.readFileSync(sandbox.path('seed.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<title>MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP<\/title>/);
    assert.match(html, /<style>[^<]*@media print/);
    assert.doesNotMatch(html, /<script|<link|https?:/);
    const toStdout = render('--html', '07KARACHI861.cable');
    assert.equal(toStdout.status, 0);
    assert.equal(toStdout.stdout, html);
  });

  it('renders a folder into DIR with an index.html table, sorted by date, rows linking to the pages', () => {
    for (const id of ['08MANAMA49', '07MANAMA1118', '07MANAMA1110']) sandbox.write(`cables/${id}.txt`, readFixture(`workspace/${id}.txt`));
    sandbox.write('cables/notes.txt', 'Notes on what to read next.\n');
    const result = render('--html', '--out', 'site', 'cables');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /cables\/notes\.txt: skipped: not a cable/);
    assert.match(result.stderr, /3 cables written to site with index\.html/);
    assert.deepEqual(fs.readdirSync(sandbox.path('site')).sort(), ['07MANAMA1110.html', '07MANAMA1118.html', '08MANAMA49.html', 'index.html']);
    const index = fs.readFileSync(sandbox.path('site/index.html'), 'utf8');
    const rows = [...index.matchAll(/<tr><td data-key="([^"]*)"><a href="([^"]*)">/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(rows, ['07MANAMA1110 07MANAMA1110.html', '07MANAMA1118 07MANAMA1118.html', '08MANAMA49 08MANAMA49.html']);
    for (const heading of ['Id', 'Date', 'Post', 'Classification', 'Subject']) assert.match(index, new RegExp(`<th scope="col"><button type="button">${heading}</button></th>`));
    assert.match(index, /<td data-key="AMEMBASSY MANAMA">AMEMBASSY MANAMA<\/td>/);
    const citing = fs.readFileSync(sandbox.path('site/08MANAMA49.html'), 'utf8');
    const links = [...citing.matchAll(/<a class="ref-link" href="([^"]*)">/g)].map((m) => m[1]);
    assert.deepEqual(links, ['07MANAMA1118.html', '07MANAMA1110.html']);
  });

  it('names two cables of one file name apart, and reports a named file that is not a cable', () => {
    sandbox.write('a/06KABUL3934.txt', readCorpusCable('06KABUL3934'));
    sandbox.write('b/06KABUL3934.txt', readCorpusCable('06KABUL3934'));
    sandbox.write('notes.txt', 'Notes on what to read next.\n');
    const result = render('--html', '--out', 'site', 'a', 'b', 'notes.txt');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /notes\.txt: not a cable/);
    assert.deepEqual(fs.readdirSync(sandbox.path('site')).sort(), ['06KABUL3934-2.html', '06KABUL3934.html', 'index.html']);
  });

  it('exits 2 on bad usage, with the usage', () => {
    sandbox.write('07KARACHI861.cable', readFixture('07KARACHI861.cable'));
    for (const args of [['07KARACHI861.cable'], ['--html'], ['--html', 'a.cable', 'b.cable'], ['--html', '--out', 'site'], ['--html', '-o', 'x.html', '--out', 'site', '07KARACHI861.cable'], ['--pdf', '07KARACHI861.cable']]) {
      const result = render(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /usage: cable render --html FILE \[-o OUT\]/, args.join(' '));
    }
    assert.match(render('--html', 'missing.cable').stderr, /^cable render: missing\.cable: cannot read: no such file or directory$/m);
    assert.match(sandbox.run(['--help']).stdout, /render --html --out DIR PATH\.\.\./);
  });
});
