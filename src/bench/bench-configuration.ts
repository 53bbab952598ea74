// The configuration benchmarks run on: people, venues, and visits with three participants.

export const VENUES = 200;

export const benchConfiguration = {
  sources: [{ name: 'Default', isDefault: true }, { name: 'CRM' }],
  entityTypes: [
    { name: 'Person', attributes: [{ name: 'Name', valueType: 'STRING', required: true }], labelAttribute: 'Name' },
    { name: 'Venue', attributes: [{ name: 'Code', valueType: 'STRING', required: true }], labelAttribute: 'Code' },
  ],
  interactionTypes: [
    {
      name: 'Visit',
      attributes: [
        { name: 'Channel', valueType: 'STRING' },
        { name: 'Amount', valueType: 'FLOAT' },
        { name: 'VenueCode', valueType: 'STRING' },
      ],
      participants: [
        { name: 'Host', entityTypes: ['Person'] },
        { name: 'Guest', entityTypes: ['Person'] },
        {
          name: 'Venue',
          entityTypes: ['Venue'],
          mapping: { entityType: 'Venue', properties: [{ interactionAttribute: 'VenueCode', entityAttribute: 'Code' }] },
        },
      ],
    },
  ],
};
