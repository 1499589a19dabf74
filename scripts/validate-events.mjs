// Validates wire events against docs/events.schema.json (the documented contract).
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';

let validate;

export function validateEvents(events) {
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('docs/events.schema.json', 'utf8')));
  const problems = [];
  for (const event of events) {
    if (!validate(event)) problems.push({ type: event?.type, errors: validate.errors.map((error) => `${error.instancePath} ${error.message}`) });
  }
  return problems;
}
