// Addressee items of FM, TO, INFO and XMT (§2.6–§2.8): `RUEHC/SECSTATE WASHDC PRIORITY 0214`.

import type { AddressBlock, AddressKeyword, Addressee, Header } from '../../model/cable';
import { rangeSpansLine } from '../../model/range';
import { pick, type HoverContext } from './context';
import { code, hoverOf, source, type Hover } from '../markdown';
import { precedenceHover } from './precedence';
import { addressHover, agreementText, indicatorHover } from './routing';
import { signalHover } from './signals';

const ROLES: Readonly<Record<AddressKeyword, string>> = {
  FM: 'originator (FM)',
  TO: 'action addressee (TO)',
  INFO: 'information addressee (INFO)',
  XMT: 'exempted addressee (XMT)',
};

export function addresseeHover(ctx: HoverContext, header: Header): Hover | null {
  const { position } = ctx;
  for (const block of [header.from, header.to, header.info, header.exempt]) {
    if (block === null || !rangeSpansLine(block.range, position.line)) continue;
    const item = pick(block.items, position);
    if (item) return itemHover(ctx, block, item);
  }
  return null;
}

function itemHover(ctx: HoverContext, block: AddressBlock, item: Addressee): Hover | null {
  const { position } = ctx;
  const role = ROLES[block.keyword.value];
  const ri = item.routingIndicator;
  if (item.zen && pick([item.zen], position)) return signalHover(item.zen);
  if (ri && pick([ri], position)) return indicatorHover(ri, role, [agreementText(ri.text, item.address.text)]);
  if (pick([item.address], position)) {
    const station = block.keyword.value === 'FM' ? ctx.cable.header?.station?.indicator ?? null : ri;
    const agreement = station === null ? null : `${code(station.text)}: ${agreementText(station.text, item.address.text)}`;
    return addressHover(item.address, role, [agreement]);
  }
  if (item.precedence && pick([item.precedence], position)) return precedenceHover(item.precedence);
  if (item.serial && pick([item.serial], position)) {
    return hoverOf(item.serial.range, [
      `${code(item.serial.text)} — the addressee's message serial number`,
      item.serial.text.includes('-') ? 'A range: one number for each section.' : null,
      source('OBS (cable-format.md §2.7)'),
    ]);
  }
  return null;
}
