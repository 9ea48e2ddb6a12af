import assert from 'node:assert/strict';
import {
  indicatorsForAddress,
  lookupRoutingIndicator,
  routingAgreement,
} from '../../../server/src/reference';
import { rawRows } from './dataFiles';

describe('routing indicators', () => {
  it('pairs each indicator with a station once and names one primary station', () => {
    const rows = rawRows('routing.tsv');
    const pairs = rows.map((row) => `${row.indicator}/${row.station}`);
    assert.equal(new Set(pairs).size, pairs.length);
    const primaries = new Map<string, number>();
    for (const row of rows) primaries.set(row.indicator, (primaries.get(row.indicator) ?? 0) + Number(row.primary));
    assert.ok([...primaries.values()].every((count) => count === 1));
  });

  it('names the station of a State post, primary name first', () => {
    const karachi = lookupRoutingIndicator('RUEHKP');
    assert.equal(karachi?.stations[0].name, 'AMCONSUL KARACHI');
    assert.deepEqual(karachi?.stations[0].sources, ['ACP117-2010', 'cable2graph', 'cables']);
    const state = lookupRoutingIndicator('ruehc');
    assert.equal(state?.indicator, 'RUEHC');
    assert.equal(state?.stations[0].name, 'SECSTATE WASHDC');
    assert.equal(state?.stations[0].primary, true);
    assert.ok(state?.stations.slice(1).every((station) => !station.primary));
    assert.ok(state?.stations.some((station) => station.name === 'SESTATE WASHDC'));
  });

  it('finds an indicator inside a listed block', () => {
    const inBlock = lookupRoutingIndicator('RHFJAAB');
    assert.equal(inBlock?.indicator, 'RHFJAAB');
    assert.equal(inBlock?.block, 'RHFJAAA THRU RHFJAAZ');
    assert.equal(inBlock?.stations[0].name, 'NAVCOMTELSTA JACKSONVILLE FL');
    assert.equal(lookupRoutingIndicator('RHFJAA'), null);
  });

  it('knows nothing of an indicator in no list', () => {
    assert.equal(lookupRoutingIndicator('RUEHZZZ'), null);
  });

  it('finds the indicators of an address, primary pairings first', () => {
    const state = indicatorsForAddress('secstate  washdc');
    assert.deepEqual(state[0], { indicator: 'RUEHC', primary: true });
    assert.ok(state.some((item) => item.indicator === 'RUEHSD' && !item.primary));
    assert.deepEqual(indicatorsForAddress('AMCONSUL KARACHI').map((item) => item.indicator), ['RUEHKP']);
    assert.deepEqual(indicatorsForAddress('NO SUCH POST'), []);
  });

  it('finds a military address written with office symbols', () => {
    assert.ok(indicatorsForAddress('USDAO LONDON UK//AIROPS//').some((item) => item.indicator === 'RUEHLO'));
  });

  it('tells whether an addressee item pairs its indicator with its address', () => {
    assert.equal(routingAgreement('RUEHC', 'SECSTATE WASHDC'), 'primary');
    assert.equal(routingAgreement('RUEHC', 'SESTATE WASHDC'), 'listed');
    assert.equal(routingAgreement('RUEHKP', 'AMEMBASSY LONDON'), 'different');
    assert.equal(routingAgreement('RUEHZZZ', 'AMEMBASSY LONDON'), 'unknown-indicator');
  });
});
