/** Small built-in word lists (ASCII) that the generator combines into unique, realistic names. */

export const FIRST_NAMES = (
  'Anna Lucas Sofia Matteo Elena Jonas Clara Pieter Ingrid Mateus Helga Tomasz Ines Olaf Marta ' +
  'Kristof Yara Dimitris Leonie Arvid Chiara Bogdan Fleur Emilio Saskia Radu Greta Nuno Vesna ' +
  'Henrik Aurelie Jakub Lotte Ferran Ilse Marek Beatriz Otto Zofia Rafael Tiina Goran Agnes ' +
  'Stefano Mirela Joost Paula Viktor Odile Kasper Rosa Florin Hanne Dario Eva Lars Noemi ' +
  'Andrzej Carmen Ruben Sanne Milos Irene Mikkel Celine Vaclav Ulla Bruno Danuta Thibault ' +
  'Katrin Sergio Nadia Eero Lucia Wim Petra Alvaro Jana Gustav Monique Ivo Silvia Rasmus ' +
  'Teodora Luc Barbara Oskar Veronique Nikos Malin Ramon Elisa Tadeusz Birgit Hugo Adela ' +
  'Filip Margit Xavier Roxana Johan Simone Ciaran Vilma Edgar Kinga Bastian Lorena Aleksi'
).split(' ');

export const LAST_NAMES = (
  'Moreau Schneider Rossi Kowalski Jansen Novak Lindqvist Garcia Papadopoulos Horvath Dubois ' +
  'Fischer Bianchi Nowak Visser Dvorak Andersson Fernandez Georgiou Nagy Lefebvre Weber Ricci ' +
  'Wojcik Bakker Svoboda Johansson Lopez Nikolaidis Toth Fournier Wagner Marino Kaminski Smit ' +
  'Cerny Karlsson Martinez Vlachos Szabo Girard Becker Greco Lewandowski Mulder Prochazka ' +
  'Nilsson Sanchez Christodoulou Kovacs Bonnet Hoffmann Conti Zielinski Meijer Kucera Eriksson ' +
  'Romero Antoniou Varga Lambert Schulz Galli Szymanski Bos Vesely Larsson Alonso Ioannou ' +
  'Farkas Mercier Koch Costa Wozniak Vos Horak Persson Navarro Pappas Balogh Faure Richter ' +
  'Fontana Dabrowski Peters Nemec Olsson Torres Demetriou Molnar Rousseau Klein Moretti ' +
  'Kozlowski Hendriks Pokorny Gustafsson Dominguez Kyriakou Nemeth Blanc Wolf Barbieri ' +
  'Jankowski Dekker Marek Pettersson Vazquez Makris Papp Guerin Schroeder Lombardi Mazur ' +
  'Brouwer Kratochvil Jonsson Ramos Economou Takacs Boyer Neumann Esposito Krawczyk Dijkstra ' +
  'Benes Lindberg Gil Stavrou Juhasz Garnier Schwarz Colombo Grabowski Verbeek Sykora Axelsson ' +
  'Serrano Petrou Meszaros Chevalier Zimmermann Ferrari Pawlowski Willems Urban Lindgren Molina ' +
  'Angelou Simon Francois Braun Ruggiero Michalski Kuiper Holub Bergstrom Blanco Mavros Rac'
).split(' ');

export const CITIES = (
  'Brussels Luxembourg Strasbourg Paris Lyon Berlin Munich Hamburg Vienna Graz Prague Brno ' +
  'Warsaw Krakow Gdansk Budapest Debrecen Bratislava Ljubljana Zagreb Split Rome Milan Turin ' +
  'Naples Bologna Madrid Barcelona Valencia Seville Bilbao Lisbon Porto Coimbra Dublin Cork ' +
  'Amsterdam Rotterdam Utrecht Leiden Eindhoven Antwerp Ghent Leuven Liege Copenhagen Aarhus ' +
  'Stockholm Uppsala Gothenburg Lund Helsinki Tampere Oulu Tallinn Tartu Riga Vilnius Kaunas ' +
  'Athens Thessaloniki Heraklion Nicosia Valletta Bucharest Cluj Iasi Sofia Plovdiv Toulouse ' +
  'Marseille Nantes Bordeaux Lille Grenoble Heidelberg Leipzig Dresden Cologne Bonn Aachen'
).split(' ');

export const THEMES = (
  'Health Data|Genomics|Clinical Trials|Rare Diseases|Cancer Imaging|Digital Twins|Artificial Intelligence|' +
  'Cybersecurity|Quantum Computing|High Performance Computing|Cloud Infrastructure|Data Spaces|' +
  'Semiconductors|Robotics|Mental Health|Pharmaceuticals|Medical Devices|Telemedicine|Open Science|' +
  'Research Infrastructures|Biobanking|Neuroscience|Cardiology|Personalised Medicine|Public Health|' +
  'Vaccines|Antimicrobial Resistance|Ageing Populations|Health Literacy|Interoperability|' +
  'Synthetic Data|Federated Learning|Edge Computing|Smart Hospitals|Health Workforce|' +
  'Nutrition|Environmental Health|One Health|Pandemic Preparedness|Biotechnology|Bioinformatics|' +
  'Imaging Standards|Data Protection|Ethics of AI|Trustworthy AI|Language Technologies|' +
  'Digital Skills|Life Sciences|Drug Discovery|Multimorbidity|Paediatric Care|Oncology Networks|' +
  'Patient Registries|Wearable Sensors|Health Economics|Care Pathways|Precision Oncology|' +
  'Regulatory Science|Health Technology Assessment|Virtual Human Twins'
).split('|');

export const DOMAINS = (
  'Oncology|Cardiology|Neurology|Primary Care|Hospitals|Pharmacy|Public Administration|Industry|' +
  'Research|Education|Rural Regions|Cities|Small Businesses|Startups|Universities|Patients|' +
  'Clinicians|Regulators|Insurers|Member States|Regions|Citizens|Older People|Children|' +
  'Manufacturing|Agriculture|Mobility|Energy|Space|Defence'
).split('|');

export const ADJECTIVES = (
  'European|Union|Trans-European|Pan-European|Common European|Coordinated|Joint|Strategic|' +
  'Integrated|Federated|Open|Sustainable|Resilient|Digital|Green|Connected|Trusted|Shared|' +
  'Cross-Border|Next Generation|Frontier|Inclusive|Secure|Collaborative|Advanced'
).split('|');

export const INITIATIVE_WORDS = {
  INITIATIVE: 'Initiative',
  REGULATION: 'Regulation',
  STRATEGY: 'Strategy',
  ACTION_PLAN: 'Action Plan',
  PROGRAMME: 'Programme',
} as const;

export const EVENT_WORDS = [
  'Summit',
  'Forum',
  'Conference',
  'Workshop',
  'Info Day',
  'Roundtable',
  'Symposium',
  'Hackathon',
];
export const DOC_WORDS = [
  'a Roadmap',
  'a Policy Brief',
  'Annual Report',
  'White Paper',
  'Position Paper',
  'Press Release',
  'Manifesto',
  'Study',
  'Evaluation',
  'Guidelines',
];
export const SYLLABLES = (
  'ka ve lo mi ra to su ne pa di bo re xi lu ze fa no ti ga me ho si da ru ke li po va ' +
  'qu sa te mo ri na bu ce fi go'
).split(' ');
export const COMPANY_FORMS = ['GmbH', 'SA', 'BV', 'SpA', 'AB', 'Oy', 'SL', 'Ltd'];
export const SECTORS = (
  'Health|Bio|Data|Med|Cloud|Cyber|Quantum|Robotics|Genomics|Imaging|Analytics|Pharma|Sensors|' +
  'Diagnostics|Therapeutics|Networks|Systems|Labs|Software|Devices'
).split('|');
export const ROLE_TITLES = [
  'Director-General',
  'Deputy Director-General',
  'Director',
  'Head of Unit',
  'Deputy Head of Unit',
  'Policy Officer',
  'Senior Expert',
  'Programme Manager',
  'Professor',
  'Researcher',
  'Chief Executive Officer',
  'Chief Technology Officer',
  'Chair of the Board',
  'Scientific Coordinator',
  'Adviser',
];
export const CAPACITIES = [
  'opening remarks',
  'keynote',
  'panellist',
  'moderator',
  'closing remarks',
];
