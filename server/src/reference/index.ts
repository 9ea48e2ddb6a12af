// Reference data for hover, completion and lint: the sourced tables of server/data, bundled as
// modules and each read on the first lookup that needs it. Pure functions; no LSP types.

export { loadReferenceTables, referenceTables, unloadReferenceTables, type TableStatus } from './tables';
export { isoDay, type DateInput, type SourcedText } from './types';
export {
  FIRST_2024_LIST_YEAR,
  isListedTagCode,
  LAST_FIPS_YEAR,
  lookupTag,
  listTags,
  listedTagKind,
  type GeoList, type TagInfo, type TagKind, type TagListOptions, type TagRecord } from './tags';
export { geoTag2024, listGeoTags2024, type GeoTag2024 } from './geoTags2024';
export { tagCorrection, listTagFixes, type TagFix } from './tagFixes';
export { splitRunTogetherTag } from './tagSplit';
export {
  indicatorsForAddress,
  listRoutingBlocks,
  listRoutingIndicators,
  lookupRoutingIndicator,
  routingAgreement,
  type AddressIndicator,
  type RoutingAgreement,
  type RoutingIndicatorInfo,
  type Station,
} from './routing';
export { listPrecedences, lookupPrecedence, type PrecedenceForm, type PrecedenceRecord } from './precedence';
export {
  listSecurityWarnings,
  lookupSecurityWarning,
  type SecurityWarningInfo,
  type SecurityWarningKind,
  type SecurityWarningRecord,
} from './securityWarnings';
export {
  listOperatingSignals,
  lookupOperatingSignal,
  type OperatingSignalInfo,
  type OperatingSignalRecord,
  type SignalStatus,
} from './operatingSignals';
export { listCaptions, lookupCaption, type CaptionMatch, type CaptionRecord } from './captions';
export {
  executiveOrderInForce,
  executiveOrderName,
  executiveOrderVersions,
  listExecutiveOrders,
  lookupExecutiveOrder,
  type ExecutiveOrderRecord,
} from './executiveOrders';
export {
  listClassificationReasons,
  lookupClassificationReason,
  type ClassificationReasonRecord,
  type ReasonLookup,
  type ReasonOptions,
} from './classificationReasons';
export {
  listDeclassificationMarkings,
  lookupDeclassificationMarking,
  type DeclassificationKind,
  type DeclassificationMarkingRecord,
} from './declassification';
export {
  describePortionMark,
  listPortionMarks,
  lookupPortionMark,
  type PortionMarkPart,
  type PortionMarkRecord,
} from './portionMarks';
