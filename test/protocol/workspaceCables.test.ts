// The Cables explorer's request through the real server, on the fixture workspace (85 cables of
// seven posts, test/fixtures/workspace/LINKS.md): groups and counts by year, post and
// classification, the filter (id, TAGS code, subject words), paging, bad params, and the
// notifications that name the groups a file added, deleted or edited changed.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CableGrouping, WorkspaceCables, WorkspaceCablesChanged, WorkspaceCablesParams } from '../../server/src/protocol';
import { WORKSPACE_CABLES_CHANGED_METHOD, WORKSPACE_CABLES_METHOD } from '../../server/src/protocol';
import { defined } from '../helpers/defined';
import type { LspClient } from '../helpers/lspClient';
import { CHANGES_MS } from '../../server/src/lsp/workspaceCables';
import { at, copyWorkspace, eventually, openIn, places, startOn, uriOf, type IndexStats, type Location } from '../helpers/workspace';

/** The post an id names (`08MANAMA420` → MANAMA), as the file names of the fixture write it. */
const postOfName = (name: string) => /^\d\d([A-Z]+)\d/.exec(name)?.[1];

describe('Cables explorer request (protocol) [stdio]: the index of the Node host', function () {
  this.timeout(60000);
  let dir: string;
  let remove: () => void;
  let client: LspClient;
  let settings: Record<string, unknown>;
  let changes: WorkspaceCablesChanged[];

  const cables = (params: WorkspaceCablesParams) => client.request<WorkspaceCables>(WORKSPACE_CABLES_METHOD, params);
  const counts = async (groupBy: CableGrouping, filter?: string) => Object.fromEntries(defined((await cables({ groupBy, filter })).groups, 'groups').map((g) => [g.key, g.count]));
  const ids = async (groupBy: CableGrouping, group: string, filter?: string) => defined((await cables({ groupBy, group, filter })).items, 'items').map((i) => i.id);
  /** The ids a filter keeps, whatever their group. */
  const kept = async (filter: string) => {
    const groups = defined((await cables({ groupBy: 'post', filter })).groups, 'groups');
    return (await Promise.all(groups.map((g) => ids('post', g.key, filter)))).flat().sort();
  };
  const watched = (name: string, type: 1 | 2 | 3) => client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, name), type }] });

  beforeEach(async () => {
    ({ dir, remove } = copyWorkspace());
    settings = {};
    client = await startOn(dir, { settings });
    changes = [];
    client.connection.onNotification(WORKSPACE_CABLES_CHANGED_METHOD, (params: WorkspaceCablesChanged) => void changes.push(params));
    // The build's last notification may still be on its way.
    await new Promise((resolve) => setTimeout(resolve, 2 * CHANGES_MS));
    changes = [];
  });
  afterEach(async () => {
    await client.stop();
    remove();
  });

  it('groups the cables by post, year and classification, with counts that add up to the index', async () => {
    const stats = await client.request<IndexStats>('cable/workspaceIndex', null);
    const names = [...fs.readdirSync(dir), ...fs.readdirSync(path.join(dir, 'bad-input'))].filter((f) => f.endsWith('.txt') && postOfName(f));
    const byName: Record<string, number> = {};
    for (const name of names) {
      const post = defined(postOfName(name));
      byName[post] = (byName[post] ?? 0) + 1;
    }
    const posts = await cables({ groupBy: 'post' });
    assert.equal(posts.state, 'ready');
    assert.deepEqual(Object.fromEntries(defined(posts.groups).map((g) => [g.key, g.count])), byName);
    assert.deepEqual(defined(posts.groups).map((g) => g.key), Object.keys(byName).sort(), 'posts in order');
    assert.deepEqual(defined(posts.groups).map((g) => g.label), ['BOGOTA', 'CAIRO', 'MADRID', 'MANAMA', 'REYKJAVIK', 'SAO PAULO', 'TRIPOLI'], 'posts named as banners write them');
    assert.equal(posts.cables, stats.cables);
    assert.deepEqual(await counts('classification'), { UNCLASSIFIED: 19, CONFIDENTIAL: 54, SECRET: 12 });
    const years = await counts('year');
    assert.deepEqual(Object.keys(years), ['2002', '2006', '2007', '2008', '2009', '2010', ''], 'years ascending, the undated last');
    assert.equal(Object.values(years).reduce((a, b) => a + b), stats.cables);
    // Their DTG lines are cut or missing: the date is not guessed from the id.
    assert.deepEqual(await ids('year', ''), ['04BOGOTA12829', '05MADRID1604', '05MADRID1626', '05MADRID4026']);
  });

  it('lists a group\'s cables by date with what the explorer shows of each', async () => {
    const page = await cables({ groupBy: 'post', group: 'SAOPAULO' });
    assert.deepEqual(defined(page.items).map((i) => `${i.id} ${i.date}`), ['06SAOPAULO675 2006-06-16', '06SAOPAULO1197 2006-11-16', '07SAOPAULO250 2007-03-27', '07SAOPAULO464 2007-05-29']);
    const cable = defined(page.items)[2];
    assert.equal(cable.uri, uriOf(dir, '07SAOPAULO250.txt'));
    assert.equal(cable.subject, 'SAO PAULO GETS NEW ARCHBISHOP');
    assert.equal(cable.classification, 'UNCLASSIFIED');
    assert.deepEqual(cable.tags, ['SCUL', 'PREL', 'PGOV', 'PINR', 'ECON', 'BR']);
    assert.deepEqual((await cables({ groupBy: 'post', group: 'NOWHERE' })).items, []);
  });

  it('filters by a part of the id, a TAGS code or the start of subject words, every word at once', async () => {
    assert.deepEqual(await counts('post', '09bogota'), { BOGOTA: 6 });
    assert.deepEqual(await kept('08MANAMA42'), ['08MANAMA420', '08MANAMA420']);
    assert.deepEqual(await kept('KISL'), ['07MANAMA1112', '07MANAMA1113', '07MANAMA1118', '08MANAMA420', '08MANAMA420', '08MANAMA430', '08MANAMA442', '08MANAMA49', '08MANAMA528', '08MANAMA536', '08TRIPOLI307', '10CAIRO141', '10CAIRO197']);
    assert.deepEqual(await kept('KIS'), [], 'a TAGS code matches whole');
    assert.deepEqual(await kept('icelandic'), ['07REYKJAVIK313', '07REYKJAVIK346', '08REYKJAVIK217', '08REYKJAVIK219', '08REYKJAVIK221', '08REYKJAVIK223', '08REYKJAVIK224', '08REYKJAVIK227', '08REYKJAVIK228']);
    assert.deepEqual(await kept('pgov Bahrain:'), ['07MANAMA1118', '08MANAMA49', '08MANAMA496', '08MANAMA51', '08MANAMA528', '08MANAMA536', '08MANAMA592']);
    const filtered = await cables({ groupBy: 'year', filter: 'pgov bahrain' });
    assert.equal(filtered.cables, 7);
    assert.deepEqual(filtered.groups, [{ key: '2007', label: '2007', count: 1 }, { key: '2008', label: '2008', count: 6 }]);
    assert.equal((await cables({ groupBy: 'year', filter: 'zzzz' })).cables, 0);
    assert.equal((await cables({ groupBy: 'year', filter: '  ' })).cables, 85, 'a blank filter keeps every cable');
  });

  it('pages through groups and cables', async () => {
    const all = await ids('classification', 'CONFIDENTIAL');
    assert.equal(all.length, 54);
    const pages: Array<string | null> = [];
    for (let offset = 0; offset < 60; offset += 20) {
      const page = await cables({ groupBy: 'classification', group: 'CONFIDENTIAL', offset, limit: 20 });
      assert.equal(page.total, 54);
      assert.equal(page.offset, offset);
      pages.push(...defined(page.items).map((i) => i.id));
    }
    assert.deepEqual(pages, all);
    const posts = await cables({ groupBy: 'post', offset: 3, limit: 2 });
    assert.equal(posts.total, 7);
    assert.deepEqual(defined(posts.groups).map((g) => g.key), ['MANAMA', 'REYKJAVIK']);
  });

  it('answers InvalidParams to a grouping it does not know or a bad page', async () => {
    await assert.rejects(client.request(WORKSPACE_CABLES_METHOD, { groupBy: 'month' }), /groupBy must be one of year, post, classification/);
    await assert.rejects(client.request(WORKSPACE_CABLES_METHOD, { groupBy: 'year', offset: -1 }), /offset must be a non-negative integer/);
    await assert.rejects(client.request(WORKSPACE_CABLES_METHOD, { groupBy: 'year', filter: 7 }), /filter must be a string/);
    await assert.rejects(client.request(WORKSPACE_CABLES_METHOD, null), /must be an object/);
  });

  it('names the groups a file added or deleted changed, and none for an edit the explorer does not show', async () => {
    const text = fs.readFileSync(path.join(dir, '08MANAMA51.txt'), 'utf8').replace('MANAMA 000051', 'MANAMA 000777').replace('P 280726Z JAN 08', 'P 280726Z JAN 11');
    fs.writeFileSync(path.join(dir, '11MANAMA777.txt'), text);
    await watched('11MANAMA777.txt', 1);
    await eventually(async () => assert.equal(changes.length, 1));
    assert.deepEqual(changes[0], { state: 'ready', groups: { year: ['2011'], post: ['MANAMA'], classification: ['CONFIDENTIAL'] } });
    assert.equal((await counts('year'))['2011'], 1);
    assert.deepEqual(await ids('year', '2011'), ['11MANAMA777']);

    fs.rmSync(path.join(dir, '06REYKJAVIK51.txt'));
    await watched('06REYKJAVIK51.txt', 3);
    await eventually(async () => assert.equal(changes.length, 2));
    assert.deepEqual(changes[1].groups, { year: ['2006'], post: ['REYKJAVIK'], classification: ['UNCLASSIFIED'] });
    assert.equal((await counts('post')).REYKJAVIK, 14);

    // An open cable's REF item edited: its row is the same, so no group changes.
    const uri = await openIn(client, dir, '08TRIPOLI307.txt');
    const original = fs.readFileSync(path.join(dir, '08TRIPOLI307.txt'), 'utf8');
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: original.replace('A) TRIPOLI 120', 'A) TRIPOLI 227') }] });
    const banner227 = at(dir, '08TRIPOLI227.txt', /TRIPOLI 000227/, 'TRIPOLI');
    const uri227 = await openIn(client, dir, '08TRIPOLI227.txt');
    const citing = () => client.request<Location[]>('textDocument/references', { textDocument: { uri: uri227 }, position: banner227, context: { includeDeclaration: false } });
    await eventually(async () => assert.deepEqual(places(await citing()), ['08TRIPOLI307.txt:21', '08TRIPOLI564.txt:27'], 'the edit is indexed'));
    // Time for a notification to come, were one due.
    await new Promise((resolve) => setTimeout(resolve, 4 * CHANGES_MS));
    assert.equal(changes.length, 2);
    // Its subject edited: its groups change.
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: original.replace('SOFT POWER', 'HARD POWER') }] });
    await eventually(async () => assert.equal(changes.length, 3));
    assert.deepEqual(changes[2].groups, { year: ['2008'], post: ['TRIPOLI'], classification: ['CONFIDENTIAL'] });
    assert.deepEqual(await kept('hard power'), ['08TRIPOLI307']);
  });

  it('tells the client when the index is turned off, and answers with no cables then', async () => {
    settings.index = false;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await eventually(async () => assert.ok(changes.some((c) => c.state === 'off')));
    assert.equal(defined(changes.at(-1)).groups, null, 'every group may have changed');
    const answer = await cables({ groupBy: 'year' });
    assert.equal(answer.state, 'off');
    assert.deepEqual(answer.groups, []);
  });
});
