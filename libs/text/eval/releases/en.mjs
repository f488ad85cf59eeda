// English gold releases of the extraction eval set.

export default [
  {
    id: 'en-telephone-conversation', lang: 'en', layout: 'wordpress', date: '2017-09-07', dateText: 'September 7, 2017',
    title: 'Foreign Minister holds telephone conversation with the Secretary of State',
    body: [
      'On 7 September, the Foreign Minister had a telephone conversation with the Secretary of State at the initiative of the American side.',
      'The ministers discussed the situation on the Korean peninsula following the latest nuclear test and agreed that all parties should refrain from steps that could lead to a further escalation of tension.',
      'Both sides stressed the importance of a political and diplomatic settlement of the crisis and of the full implementation of the relevant resolutions of the United Nations Security Council.',
      'The ministers also exchanged views on the preparations for the upcoming session of the General Assembly and agreed to meet on its sidelines in New York.',
    ],
  },
  {
    id: 'en-joint-statement', lang: 'en', layout: 'drupal', date: '2018-03-02', dateText: 'Friday, 02 March 2018 - 14:30',
    title: 'Joint Statement on the Second Round of Strategic Dialogue',
    body: [
      'The second round of the Strategic Dialogue between the two Foreign Ministries took place in the capital on 1 and 2 March 2018.',
      'The delegations reviewed the progress achieved since the first round and welcomed the growth of bilateral trade, which exceeded four billion dollars last year.',
      'The sides agreed to establish a joint working group on maritime security and to hold regular consultations on counter-terrorism, cyber security and migration.',
      'They reaffirmed their support for a rules-based international order and for the central role of the United Nations in maintaining international peace and security.',
      'The third round of the Strategic Dialogue will be held next year on a date to be agreed through diplomatic channels.',
    ],
  },
  {
    id: 'en-embassy-visa', lang: 'en', layout: 'legacy-aspnet', date: '2016-11-15', dateText: '15.11.2016',
    title: 'Embassy announces new procedure for visa applications',
    body: [
      'The Embassy informs that from 1 December 2016 all visa applications must be submitted through the online appointment system.',
      'Applicants are requested to fill in the electronic form, print it and bring it to the appointment together with their passport, two photographs and proof of travel insurance.',
      'Applications submitted in person without a prior appointment will no longer be accepted, except in urgent humanitarian cases.',
    ],
  },
  {
    id: 'en-print-statement', lang: 'en', layout: 'print', date: '2019-06-21', dateText: '21 June 2019',
    title: 'Statement by the Spokesperson on the situation in the Gulf of Oman',
    body: [
      'The Ministry is deeply concerned by the reports of attacks on two oil tankers in the Gulf of Oman.',
      'We call on all parties to exercise maximum restraint and to avoid any action that could further destabilise the region and threaten the freedom of navigation.',
      'The Ministry supports a thorough and impartial investigation of the incidents and stands ready to contribute to efforts aimed at de-escalation.',
    ],
  },
];
