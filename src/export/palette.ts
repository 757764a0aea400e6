/** One colour per label, shared by the GEXF export (viz:color) and the dashboard. */
export const labelColours: Readonly<Record<string, string>> = {
  Person: '#1f77b4',
  Organisation: '#d62728',
  Initiative: '#2ca02c',
  Project: '#9467bd',
  Event: '#ff7f0e',
  Document: '#7f7f7f',
  Statement: '#17becf',
  Topic: '#bcbd22',
};

export const fallbackColour = '#8c564b';

export function colourOf(label: string): string {
  return labelColours[label] ?? fallbackColour;
}
