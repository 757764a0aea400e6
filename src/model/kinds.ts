import { z } from 'zod';

/** Upper-case kind enums; GraphQL exposes the same values as enums. */
export const OrganisationKind = z.enum([
  'INSTITUTION',
  'DIRECTORATE_GENERAL',
  'UNIT',
  'OFFICE',
  'AGENCY',
  'UNIVERSITY',
  'RESEARCH_INFRASTRUCTURE',
  'COMPANY',
  'ASSOCIATION',
  'NETWORK',
]);
export const InitiativeKind = z.enum([
  'INITIATIVE',
  'REGULATION',
  'STRATEGY',
  'ACTION_PLAN',
  'PROGRAMME',
  'CALL',
]);
export const DocumentKind = z.enum([
  'ARTICLE',
  'ROADMAP',
  'POLICY_BRIEF',
  'LEGAL_ACT',
  'PRESS_RELEASE',
  'MANIFESTO',
  'REPORT',
  'WEB_PAGE',
  'NEWSLETTER',
  'DELIVERABLE',
  'DATASET',
]);
export const EventKind = z.enum([
  'HIGH_LEVEL_EVENT',
  'CONFERENCE',
  'WORKSHOP',
  'LAUNCH',
  'MEETING',
  'WEBINAR',
]);
