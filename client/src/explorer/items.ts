// How the Cables explorer's rows look: a group (its name and count), a cable (id, date and subject,
// with its post, classification and TAGS in the tooltip; a click opens it) and "Load more…".

import * as vscode from 'vscode';
import { LEVELS, type CableGroup, type CableGrouping, type CableListItem, type Level } from '../../../server/src/protocol';
import { classificationColorId } from '../levels';

export const LOAD_MORE_COMMAND = 'cable.cables.loadMore';

export interface GroupNode {
  readonly kind: 'group';
  readonly groupBy: CableGrouping;
  readonly key: string;
  label: string;
  count: number;
  /** Its cables loaded so far; undefined until asked for, or after its cables changed. */
  items?: CableNode[];
  /** How many cables the group had when they were last loaded. */
  total: number;
  /** How many rows the user has asked to see (a page, and one more for each "Load more…"). */
  wanted: number;
}

export interface CableNode {
  readonly kind: 'cable';
  readonly cable: CableListItem;
  readonly parent: GroupNode;
}

/** Rows past those loaded: of a group, or of the groups themselves (parent null). */
export interface MoreNode {
  readonly kind: 'more';
  readonly parent: GroupNode | null;
  readonly shown: number;
  readonly total: number;
}

export type CablesNode = GroupNode | CableNode | MoreNode;

const isLevel = (value: string | null): value is Level => LEVELS.includes(value as Level);

function levelIcon(level: string | null, fallback: string): vscode.ThemeIcon {
  return isLevel(level) ? new vscode.ThemeIcon('shield', new vscode.ThemeColor(classificationColorId(level))) : new vscode.ThemeIcon(fallback);
}

/** A group's name: the year, post or level, or what stands for none. */
export function groupLabel(group: Pick<CableGroup, 'key' | 'label'>, groupBy: CableGrouping): string {
  if (group.key) return group.label;
  if (groupBy === 'year') return vscode.l10n.t('No date');
  if (groupBy === 'post') return vscode.l10n.t('No post');
  return vscode.l10n.t('No classification');
}

function countText(count: number): string {
  return count === 1 ? vscode.l10n.t('1 cable') : vscode.l10n.t('{0} cables', count.toLocaleString());
}

export function groupItem(node: GroupNode): vscode.TreeItem {
  const item = new vscode.TreeItem(groupLabel(node, node.groupBy), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `${node.groupBy}/${node.key}`;
  item.description = node.count.toLocaleString();
  item.tooltip = countText(node.count);
  item.contextValue = 'cableGroup';
  item.iconPath = node.groupBy === 'classification' ? levelIcon(node.key, 'shield') : new vscode.ThemeIcon(node.groupBy === 'year' ? 'calendar' : 'globe');
  return item;
}

export function cableItem(node: CableNode): vscode.TreeItem {
  const { cable } = node;
  const uri = vscode.Uri.parse(cable.uri);
  const name = cable.id ?? uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.parent.groupBy}/${node.parent.key}/${cable.uri}`;
  item.description = [cable.date, cable.subject].filter((part) => part !== null).join(' · ');
  item.resourceUri = uri;
  item.iconPath = levelIcon(cable.classification, 'mail');
  item.contextValue = 'cable';
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Cable'), arguments: [uri] };
  item.tooltip = tooltip(name, cable, uri);
  return item;
}

function tooltip(name: string, cable: CableListItem, uri: vscode.Uri): vscode.MarkdownString {
  const text = (value: string) => value.replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&');
  const lines = [
    cable.subject === null ? `**${text(name)}**` : vscode.l10n.t('**{0}**: {1}', text(name), text(cable.subject)),
    vscode.l10n.t('Date: {0}', cable.date ?? vscode.l10n.t('not stated')),
    vscode.l10n.t('Post: {0}', text(cable.post ?? vscode.l10n.t('not stated'))),
    vscode.l10n.t('Classification: {0}', cable.classification ?? vscode.l10n.t('not stated')),
    vscode.l10n.t('TAGS: {0}', cable.tags.length ? text(cable.tags.join(' ')) : vscode.l10n.t('none')),
  ];
  if (cable.summary !== null) lines.push(`> ${text(cable.summary)}`);
  lines.push(text(uri.scheme === 'file' ? uri.fsPath : uri.toString()));
  return new vscode.MarkdownString(lines.join('\n\n'));
}

export function moreItem(node: MoreNode): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Load more…'), vscode.TreeItemCollapsibleState.None);
  item.description = vscode.l10n.t('{0} of {1}', node.shown.toLocaleString(), node.total.toLocaleString());
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.contextValue = 'cableMore';
  item.command = { command: LOAD_MORE_COMMAND, title: vscode.l10n.t('Load more…'), arguments: [node] };
  return item;
}
