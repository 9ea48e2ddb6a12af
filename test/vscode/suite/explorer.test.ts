// The Cables view in the real editor, on the workspace of fixtures (test/fixtures, whose workspace/
// folder holds the real cables of seven posts): its groups by post from the server's index, the
// filter narrowing them (and shown in the view's description and message), a click on a cable
// opening it, and "Open Preview" from the context menu opening its Cable View.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CLEAR_FILTER_COMMAND, FILTER_COMMAND, GROUP_BY_COMMAND, OPEN_CABLE_PREVIEW_COMMAND, type CablesExplorerApi, type CablesNode } from '../../../client/src/explorer';
import { activateExtension, documentInLanguage, whenEvent } from './helpers';

/** The rows of `parent` as the view shows them: label and description. */
async function rows(api: CablesExplorerApi, parent?: CablesNode): Promise<Array<{ node: CablesNode; label: string; description: string }>> {
  const nodes = (await api.tree.getChildren(parent)) ?? [];
  return Promise.all(
    nodes.map(async (node) => {
      const item = await api.tree.getTreeItem(node);
      return { node, label: String(item.label), description: String(item.description ?? '') };
    }),
  );
}

/** Asks again (the index is built after the server starts) until `check` takes the rows. */
async function rowsWhen(api: CablesExplorerApi, check: (labels: string[]) => boolean, parent?: CablesNode): Promise<Awaited<ReturnType<typeof rows>>> {
  const end = Date.now() + 30_000;
  for (;;) {
    const found = await rows(api, parent);
    if (check(found.map((r) => r.label)) || Date.now() > end) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('Cables explorer', () => {
  let api: CablesExplorerApi;

  before(async () => {
    api = (await activateExtension()).cables;
    await vscode.commands.executeCommand('cable.cables.focus');
  });

  after(async () => {
    await vscode.commands.executeCommand(CLEAR_FILTER_COMMAND);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists the workspace’s cables by post, with the cables of a group under it by date', async () => {
    await vscode.commands.executeCommand(GROUP_BY_COMMAND, 'post');
    const groups = await rowsWhen(api, (labels) => labels.includes('TRIPOLI'));
    assert.ok(api.view.visible, 'the view is shown in the Explorer');
    const labels = groups.map((g) => g.label);
    for (const post of ['BOGOTA', 'CAIRO', 'MADRID', 'MANAMA', 'REYKJAVIK', 'SAO PAULO', 'TRIPOLI']) assert.ok(labels.includes(post), `${post} is among ${labels.join(', ')}`);
    assert.deepEqual(labels, [...labels].sort(), 'posts in order');
    const saoPaulo = groups.find((g) => g.label === 'SAO PAULO');
    assert.ok(saoPaulo);
    const cables = await rows(api, saoPaulo.node);
    assert.deepEqual(cables.map((c) => c.label), ['06SAOPAULO675', '06SAOPAULO1197', '07SAOPAULO250', '07SAOPAULO464']);
    assert.equal(saoPaulo.description, String(cables.length));
    assert.equal(cables[2].description, '2007-03-27 · SAO PAULO GETS NEW ARCHBISHOP');
    const tooltip = (await api.tree.getTreeItem(cables[2].node)).tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.match(tooltip.value, /SCUL PREL PGOV PINR ECON BR/);
    assert.match(tooltip.value, /UNCLASSIFIED/);
  });

  it('narrows the groups with the filter, says so in the view, and shows them all again once cleared', async () => {
    await vscode.commands.executeCommand(GROUP_BY_COMMAND, 'post');
    await rowsWhen(api, (labels) => labels.includes('TRIPOLI'));
    await vscode.commands.executeCommand(FILTER_COMMAND, 'KISL bahrain');
    const groups = await rows(api);
    assert.deepEqual(groups.map((g) => `${g.label} ${g.description}`), ['MANAMA 4']);
    assert.deepEqual((await rows(api, groups[0].node)).map((c) => c.label), ['07MANAMA1118', '08MANAMA49', '08MANAMA528', '08MANAMA536']);
    assert.equal(api.view.description, '“KISL bahrain”');
    assert.equal(api.view.message, '4 cables match “KISL bahrain”.');
    await vscode.commands.executeCommand(FILTER_COMMAND, 'no such cable');
    assert.deepEqual(await rows(api), []);
    assert.equal(api.state(), 'noMatch');
    await vscode.commands.executeCommand(CLEAR_FILTER_COMMAND);
    assert.ok((await rows(api)).length > 7);
    assert.equal(api.view.description, undefined);
  });

  it('opens a cable on a click, and its Cable View from the context menu', async () => {
    await vscode.commands.executeCommand(GROUP_BY_COMMAND, 'year');
    const years = await rowsWhen(api, (labels) => labels.includes('2008'));
    assert.deepEqual(years.map((y) => y.label).filter((l) => /^\d{4}$/.test(l)), years.map((y) => y.label).filter((l) => /^\d{4}$/.test(l)).sort(), 'years ascending');
    const year2008 = years.find((y) => y.label === '2008');
    assert.ok(year2008);
    // The fixtures hold other files claiming 08MANAMA420 (a copy, a rule's fixture): take the workspace's.
    const claiming = (await rows(api, year2008.node)).filter((c) => c.label === '08MANAMA420');
    const items = await Promise.all(claiming.map(async (c) => ({ c, item: await api.tree.getTreeItem(c.node) })));
    const cable = items.find(({ item }) => item.resourceUri?.path.endsWith('/workspace/08MANAMA420.txt'))?.c;
    assert.ok(cable, 'a cable of 2008 is listed under 2008');
    const command = (await api.tree.getTreeItem(cable.node)).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const opened = vscode.window.activeTextEditor?.document.uri;
    assert.ok(opened, 'an editor is open');
    assert.match(opened.path, /\/workspace\/08MANAMA420\.txt$/);
    // A .txt cable is told apart from plain text once open.
    await documentInLanguage(opened, 'cable');

    const preview = (await activateExtension()).preview;
    await vscode.commands.executeCommand(OPEN_CABLE_PREVIEW_COMMAND, cable.node);
    const uri = opened.toString();
    const view = () => preview.previews().find((p) => p.documentUri === uri && p.shownVersion >= 0);
    await whenEvent(preview.onDidUpdatePreview, view, 20_000, () => `no Cable View of ${uri} among ${JSON.stringify(preview.previews())}`);
  });
});
