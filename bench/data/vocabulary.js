// Word lists for the synthetic catalogue. Titles are "<level> <specialty> <function>" within one
// sector, so that sectors give related roles (progression, reporting lines) and full-text search
// finds realistic clusters. Healthcare and social services keep the seed's own vocabulary
// (therapy, crisis), so the seed-size queries also mean something at 10,000 roles.

export const levels = [
  { name: '', rank: 2 }, { name: 'Trainee', rank: 0 }, { name: 'Junior', rank: 1 }, { name: 'Associate', rank: 1 },
  { name: 'Senior', rank: 3 }, { name: 'Lead', rank: 4 }, { name: 'Principal', rank: 5 }, { name: 'Head', rank: 6 }
]

export const sectors = [
  {
    name: 'Healthcare',
    functions: ['Nurse', 'Technician', 'Therapist', 'Assistant', 'Aide', 'Coordinator', 'Specialist', 'Technologist', 'Practitioner', 'Therapeutic Assistant'],
    specialties: ['Pediatric', 'Geriatric', 'Cardiac', 'Oncology', 'Psychiatric', 'Surgical', 'Emergency', 'Rehabilitation', 'Respiratory',
      'Neonatal', 'Dialysis', 'Hospice', 'Behavioral Health', 'Mental Health', 'Occupational', 'Physical', 'Speech', 'Radiology', 'Pharmacy', 'Dental'],
    topics: ['Patient Assessment', 'Vital Signs Monitoring', 'Care Planning', 'Infection Control', 'Medication Administration', 'Wound Care',
      'Therapeutic Communication', 'Patient Education', 'Clinical Documentation', 'Triage'],
    tools: ['Epic EHR', 'Cerner PowerChart', 'Pyxis MedStation', 'Meditech', 'Omnicell'],
    settings: ['Hospitals', 'Outpatient clinics', 'Nursing homes', 'Home health agencies', 'Rehabilitation facilities', 'Psychiatric hospitals'],
    fields: ['Nursing', 'Psychology', 'Health Sciences', 'Occupational Therapy', 'Respiratory Therapy'],
    tags: ['Direct Care', 'Clinical', 'Licensed', 'Shift Work']
  },
  {
    name: 'Social Services',
    functions: ['Worker', 'Case Manager', 'Counselor', 'Advocate', 'Coordinator', 'Specialist', 'Support Staff', 'Supervisor', 'Navigator', 'Mentor'],
    specialties: ['Child Welfare', 'Family', 'Youth', 'Housing', 'Substance Use', 'Crisis', 'Community', 'Disability', 'Veterans', 'Re-entry',
      'Refugee', 'Elder', 'Foster Care', 'Domestic Violence', 'Employment', 'School', 'Peer Support', 'Recovery', 'Outreach', 'Harm Reduction'],
    topics: ['Crisis Intervention', 'Motivational Interviewing', 'Case Documentation', 'Resource Referral', 'Trauma-Informed Care',
      'De-escalation', 'Needs Assessment', 'Service Planning', 'Advocacy', 'Group Facilitation'],
    tools: ['Apricot', 'CaseWorthy', 'HMIS', 'Penelope', 'ETO'],
    settings: ['Community centers', 'Schools', 'Shelters', 'Residential treatment centers', 'Homes', 'Community mental health'],
    fields: ['Social Work', 'Human Services', 'Sociology', 'Counseling', 'Criminal Justice'],
    tags: ['Mental Health', 'Community', 'Direct Care', 'Entry Point']
  },
  {
    name: 'Information Technology',
    functions: ['Engineer', 'Developer', 'Analyst', 'Administrator', 'Architect', 'Consultant', 'Support Technician', 'Tester', 'Manager', 'Specialist'],
    specialties: ['Cloud', 'Network', 'Database', 'Security', 'Frontend', 'Backend', 'Mobile', 'Data', 'Systems', 'DevOps', 'Platform',
      'Embedded', 'QA', 'Help Desk', 'Machine Learning', 'Site Reliability', 'Identity', 'Integration', 'ERP', 'Web'],
    topics: ['Incident Response', 'Capacity Planning', 'Code Review', 'Automated Testing', 'Access Management', 'Performance Tuning',
      'Release Management', 'Threat Modeling', 'Data Modeling', 'Monitoring'],
    tools: ['Kubernetes', 'Terraform', 'PostgreSQL', 'ServiceNow', 'Splunk'],
    settings: ['Corporate offices', 'Remote', 'Data centers', 'Start-ups', 'Consultancies', 'Government agencies'],
    fields: ['Computer Science', 'Information Systems', 'Software Engineering', 'Mathematics', 'Cybersecurity'],
    tags: ['Technology', 'Remote Friendly', 'On Call', 'Engineering']
  },
  {
    name: 'Finance',
    functions: ['Accountant', 'Analyst', 'Auditor', 'Controller', 'Advisor', 'Clerk', 'Officer', 'Manager', 'Underwriter', 'Specialist'],
    specialties: ['Tax', 'Payroll', 'Credit', 'Risk', 'Treasury', 'Investment', 'Budget', 'Compliance', 'Mortgage', 'Insurance', 'Forensic',
      'Cost', 'Accounts Payable', 'Accounts Receivable', 'Financial Planning', 'Wealth', 'Loan', 'Billing', 'Claims', 'Actuarial'],
    topics: ['Reconciliation', 'Financial Reporting', 'Forecasting', 'Regulatory Reporting', 'Variance Analysis', 'Internal Controls',
      'General Ledger', 'Credit Analysis', 'Audit Preparation', 'Cash Management'],
    tools: ['SAP S/4HANA', 'QuickBooks', 'Oracle NetSuite', 'Microsoft Excel', 'Bloomberg Terminal'],
    settings: ['Banks', 'Accounting firms', 'Corporate offices', 'Insurance companies', 'Credit unions', 'Government agencies'],
    fields: ['Accounting', 'Finance', 'Economics', 'Business Administration', 'Actuarial Science'],
    tags: ['Finance', 'Office', 'Regulated', 'Analytical']
  },
  {
    name: 'Education',
    functions: ['Teacher', 'Instructor', 'Teaching Assistant', 'Coordinator', 'Counselor', 'Tutor', 'Specialist', 'Administrator', 'Librarian', 'Lecturer'],
    specialties: ['Special Education', 'Early Childhood', 'Mathematics', 'Science', 'English', 'ESL', 'Music', 'Art', 'Physical Education',
      'Reading', 'Curriculum', 'Vocational', 'Adult Education', 'STEM', 'History', 'Language', 'Literacy', 'Gifted', 'Bilingual', 'Online'],
    topics: ['Lesson Planning', 'Classroom Management', 'Differentiated Instruction', 'Student Assessment', 'Curriculum Design',
      'Behavior Support', 'Parent Communication', 'IEP Development', 'Learning Technology', 'Tutoring'],
    tools: ['Google Classroom', 'Canvas LMS', 'PowerSchool', 'Seesaw', 'Moodle'],
    settings: ['Schools', 'Colleges', 'Educational settings', 'Learning centers', 'Online', 'Libraries'],
    fields: ['Education', 'Early Childhood Education', 'Special Education', 'Linguistics', 'Library Science'],
    tags: ['Education', 'School Year', 'Youth', 'Licensed']
  },
  {
    name: 'Skilled Trades',
    functions: ['Electrician', 'Plumber', 'Carpenter', 'Welder', 'Technician', 'Inspector', 'Foreman', 'Installer', 'Mechanic', 'Estimator'],
    specialties: ['Residential', 'Commercial', 'Industrial', 'HVAC', 'Solar', 'Pipeline', 'Elevator', 'Fire Protection', 'Roofing', 'Concrete',
      'Steel', 'Maintenance', 'Marine', 'Aviation', 'Diesel', 'Automotive', 'Boiler', 'Structural', 'Low Voltage', 'Restoration'],
    topics: ['Blueprint Reading', 'Code Compliance', 'Troubleshooting', 'Preventive Maintenance', 'Job Site Safety', 'Estimating',
      'Power Tool Operation', 'Quality Inspection', 'Rigging', 'Welding Procedures'],
    tools: ['Multimeter', 'AutoCAD', 'Procore', 'Laser Level', 'MIG Welder'],
    settings: ['Construction sites', 'Factories', 'Workshops', 'Customer homes', 'Shipyards', 'Power plants'],
    fields: ['Electrical Technology', 'Construction Management', 'Mechanical Engineering Technology', 'HVAC Technology', 'Welding Technology'],
    tags: ['Trades', 'Apprenticeship', 'Outdoor', 'Licensed']
  },
  {
    name: 'Hospitality',
    functions: ['Chef', 'Cook', 'Manager', 'Supervisor', 'Attendant', 'Host', 'Server', 'Bartender', 'Concierge', 'Coordinator'],
    specialties: ['Banquet', 'Pastry', 'Line', 'Front Desk', 'Housekeeping', 'Catering', 'Event', 'Room Service', 'Guest Services', 'Restaurant',
      'Hotel', 'Spa', 'Casino', 'Cruise', 'Resort', 'Food and Beverage', 'Kitchen', 'Night', 'Sous', 'Executive'],
    topics: ['Food Safety', 'Guest Relations', 'Menu Planning', 'Inventory Control', 'Cash Handling', 'Upselling', 'Event Planning',
      'Sanitation', 'Scheduling', 'Complaint Resolution'],
    tools: ['Opera PMS', 'Toast POS', 'Micros', 'OpenTable', 'Cvent'],
    settings: ['Hotels', 'Restaurants', 'Resorts', 'Cruise ships', 'Event venues', 'Casinos'],
    fields: ['Hospitality Management', 'Culinary Arts', 'Tourism', 'Event Management', 'Nutrition'],
    tags: ['Hospitality', 'Customer Facing', 'Shift Work', 'Entry Point']
  },
  {
    name: 'Logistics',
    functions: ['Driver', 'Dispatcher', 'Coordinator', 'Planner', 'Clerk', 'Supervisor', 'Manager', 'Operator', 'Analyst', 'Handler'],
    specialties: ['Warehouse', 'Freight', 'Fleet', 'Inventory', 'Shipping', 'Receiving', 'Forklift', 'Supply Chain', 'Procurement', 'Import',
      'Export', 'Customs', 'Distribution', 'Last Mile', 'Cold Chain', 'Rail', 'Air Cargo', 'Port', 'Route', 'Materials'],
    topics: ['Route Planning', 'Load Planning', 'Cycle Counting', 'Customs Documentation', 'Demand Forecasting', 'Vendor Management',
      'Hazardous Materials Handling', 'Order Picking', 'Freight Auditing', 'Dock Scheduling'],
    tools: ['SAP EWM', 'Manhattan WMS', 'Samsara', 'Descartes', 'Oracle TMS'],
    settings: ['Warehouses', 'Distribution centers', 'Ports', 'Rail yards', 'Airports', 'On the road'],
    fields: ['Supply Chain Management', 'Logistics', 'Operations Management', 'International Trade', 'Industrial Engineering'],
    tags: ['Logistics', 'Shift Work', 'Physical', 'Entry Point']
  },
  {
    name: 'Legal',
    functions: ['Paralegal', 'Attorney', 'Clerk', 'Legal Assistant', 'Specialist', 'Analyst', 'Counsel', 'Investigator', 'Mediator', 'Officer'],
    specialties: ['Litigation', 'Corporate', 'Immigration', 'Family Law', 'Real Estate', 'Intellectual Property', 'Employment Law', 'Contracts',
      'Compliance', 'Criminal Defense', 'Probate', 'Bankruptcy', 'Environmental', 'Privacy', 'Regulatory', 'Tax Law', 'Insurance Defense',
      'Personal Injury', 'Court', 'E-Discovery'],
    topics: ['Legal Research', 'Contract Drafting', 'Case Management', 'Document Review', 'Client Intake', 'Court Filing', 'Negotiation',
      'Regulatory Analysis', 'Deposition Preparation', 'Legal Writing'],
    tools: ['Westlaw', 'LexisNexis', 'Clio', 'Relativity', 'iManage'],
    settings: ['Law firms', 'Courts', 'Corporate offices', 'Government agencies', 'Legal aid organizations', 'Non-profits'],
    fields: ['Law', 'Paralegal Studies', 'Political Science', 'Criminal Justice', 'Public Administration'],
    tags: ['Legal', 'Office', 'Regulated', 'Analytical']
  },
  {
    name: 'Manufacturing',
    functions: ['Operator', 'Technician', 'Engineer', 'Assembler', 'Inspector', 'Supervisor', 'Planner', 'Machinist', 'Manager', 'Specialist'],
    specialties: ['CNC', 'Quality', 'Process', 'Production', 'Packaging', 'Injection Molding', 'Assembly', 'Tooling', 'Maintenance', 'Lean',
      'Automation', 'Chemical', 'Food Production', 'Pharmaceutical', 'Electronics', 'Metal Fabrication', 'Plastics', 'Textile', 'Paper', 'Battery'],
    topics: ['Statistical Process Control', 'Root Cause Analysis', 'Machine Setup', 'Lean Manufacturing', 'GMP Compliance', 'Lockout Tagout',
      'Production Scheduling', 'Calibration', 'Six Sigma', 'PLC Programming'],
    tools: ['Allen-Bradley PLC', 'Mastercam', 'Minitab', 'SolidWorks', 'MES'],
    settings: ['Factories', 'Plants', 'Clean rooms', 'Laboratories', 'Workshops', 'Warehouses'],
    fields: ['Industrial Engineering', 'Mechanical Engineering', 'Chemistry', 'Manufacturing Technology', 'Quality Management'],
    tags: ['Manufacturing', 'Shift Work', 'Physical', 'Safety Sensitive']
  }
]

export const softSkills = ['Active Listening', 'Empathy', 'Teamwork', 'Time Management', 'Problem Solving', 'Written Communication',
  'Verbal Communication', 'Adaptability', 'Attention to Detail', 'Conflict Resolution', 'Cultural Competence', 'Patience', 'Leadership',
  'Critical Thinking', 'Professional Boundaries', 'Stress Management']

export const skillQualifiers = ['Advanced', 'Basic', 'Applied', 'Regulatory', 'Digital', 'Team', 'Remote', 'Multilingual', 'Quality', 'Strategic',
  'Operational', 'Bilingual', 'Evidence-Based', 'Data-Driven', 'Client-Centred']

export const issuingBodies = ['National Certification Board', 'State Licensing Board', 'American Council of Practitioners',
  'Institute of Professional Standards', 'International Association of Specialists', 'Chartered Institute', null]

export const workSettingExtras = ['Private practice', 'Hybrid', 'Field work', 'Mobile units', 'Call centers', 'Military bases', 'Prisons',
  'Universities', 'Research institutes', 'Retail stores']

export const benefits = ['Health insurance', 'Dental insurance', 'Vision insurance', '401(k) matching', 'Paid time off', 'Tuition reimbursement',
  'Flexible schedule', 'Employee assistance program', 'Life insurance', 'Continuing education credits', 'Pension scheme', 'Parental leave']

export const requirements = ['A background check', 'A valid driver’s licence', 'Pre-employment drug screening', 'Proof of immunisation',
  'Ability to lift 50 pounds', 'Availability for weekend shifts', 'Work authorisation', 'A reference check']

export const populations = ['children', 'adolescents', 'older adults', 'veterans', 'people with disabilities', 'families', 'new arrivals']

export const publishers = ['Bureau of Labor Statistics', 'Indeed', 'Glassdoor', 'PayScale', 'ZipRecruiter', 'Salary.com', 'Office for National Statistics',
  'Statistisches Bundesamt', 'Statistics Canada', 'Australian Bureau of Statistics', 'Naukri']

// Where figures are published: each currency with its places (countries with subdivisions) and
// a realistic yearly scale, so that salary filters select a sensible share of roles.
export const markets = [
  { currency: 'USD', symbol: '$', country: 'US', subdivisions: ['US-CA', 'US-NY', 'US-TX', 'US-WA', 'US-FL', 'US-IL', 'US-PA', 'US-MA'], yearly: 52000, weight: 6 },
  { currency: 'GBP', symbol: '£', country: 'GB', subdivisions: ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR'], yearly: 34000, weight: 2 },
  { currency: 'EUR', symbol: '€', country: 'DE', subdivisions: ['DE-BY', 'DE-BE', 'DE-NW', 'DE-HH'], yearly: 45000, weight: 1 },
  { currency: 'EUR', symbol: '€', country: 'FR', subdivisions: ['FR-IDF', 'FR-ARA', 'FR-OCC'], yearly: 36000, weight: 1 },
  { currency: 'CAD', symbol: 'CA$', country: 'CA', subdivisions: ['CA-ON', 'CA-BC', 'CA-QC', 'CA-AB'], yearly: 60000, weight: 1 },
  { currency: 'AUD', symbol: 'A$', country: 'AU', subdivisions: ['AU-NSW', 'AU-VIC', 'AU-QLD'], yearly: 75000, weight: 1 },
  { currency: 'INR', symbol: '₹', country: 'IN', subdivisions: ['IN-MH', 'IN-KA', 'IN-DL', 'IN-TN'], yearly: 520000, weight: 1 }
]

export const responsibilityVerbs = ['Coordinate', 'Document', 'Monitor', 'Support', 'Review', 'Prepare', 'Maintain', 'Plan', 'Assist with', 'Lead',
  'Evaluate', 'Communicate', 'Train staff in', 'Report on', 'Improve']

export const responsibilityObjects = ['daily schedules', 'safety procedures', 'client records', 'quality checks', 'team hand-overs',
  'compliance audits', 'service requests', 'incident reports', 'budgets and supplies', 'progress reviews', 'training sessions',
  'stakeholder updates', 'equipment inspections', 'intake assessments', 'care plans']

export const sections = ['Duties and Responsibilities', 'Job Description Template › Responsibilities', 'What Does a {title} Do?',
  'Job Brief', 'Day-to-Day Work', 'Key Responsibilities']
