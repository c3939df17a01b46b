<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
  <context>
    <name>caseworker</name>
    <message>
      <location filename="../../ui/access_words.py" line="155" />
      <source>{partner}: {bases}</source>
      <translation>{partner}: {bases}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="163" />
      <source>{partner} shares under {agreements}, on the lawful basis of {bases}.</source>
      <translation>Mae {partner} yn rhannu o dan {agreements}, ar sail gyfreithlon {bases}.</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="58" />
      <source>{access} (narrative)</source>
      <translation>{access} (naratif)</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="143" />
      <source>{partner}: your own organisation's records</source>
      <translation>{partner}: cofnodion eich sefydliad chi</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="152" />
      <source>{partner}: nothing shared with your role</source>
      <translation>{partner}: dim wedi'i rannu â'ch rôl</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="179" />
      <source>A record of your own organisation.</source>
      <translation>Cofnod gan eich sefydliad eich hun.</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="187" />
      <source>Access: {summary}</source>
      <translation>Mynediad: {summary}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="43" />
      <source>Not shared</source>
      <translation>Heb ei rannu</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="90" />
      <source>Needs consent: right-click to break the glass in an emergency</source>
      <translation>Angen caniatâd: de-gliciwch i dorri'r gwydr mewn argyfwng</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="108" />
      <source>any organisation</source>
      <translation>unrhyw sefydliad</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="162" />
      <source>(some only with consent)</source>
      <translation>(peth dim ond gyda chydsyniad)</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="170" />
      <source>Some of it only while the person's consent is recorded.</source>
      <translation>Rhywfaint ohono dim ond tra bo cydsyniad yr unigolyn wedi'i gofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="182" />
      <source>Shared by {partner}</source>
      <translation>Wedi'i rannu gan {partner}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="200" />
      <source>Agreement: {title} (version {version}), clause {clause}</source>
      <translation>Cytundeb: {title} (fersiwn {version}), cymal {clause}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="226" />
      <source>Valid until {date}</source>
      <translation>Dilys tan {date}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="228" />
      <source>No agreement shares this with your organisation and role.</source>
      <translation>Nid oes cytundeb yn rhannu hyn â'ch sefydliad a'ch rôl.</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="26" />
      <source>Own record</source>
      <translation>Cofnod eich hun</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="28" />
      <source>Released</source>
      <translation>Wedi'i ryddhau</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="30" />
      <source>Break glass</source>
      <translation>Torri'r gwydr</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="32" />
      <source>Full</source>
      <translation>Llawn</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="34" />
      <source>Masked</source>
      <translation>Wedi'i guddio'n rhannol</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="36" />
      <source>On request</source>
      <translation>Ar gais</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="38" />
      <source>Consent needed</source>
      <translation>Angen caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="40" />
      <source>Break glass available</source>
      <translation>Gellir torri'r gwydr</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="42" />
      <source>Expired</source>
      <translation>Wedi dod i ben</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="88" />
      <source>On request: right-click to ask the provider to release it</source>
      <translation>Ar gais: de-gliciwch i ofyn i'r darparwr ei ryddhau</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="98" />
      <source>year of birth only</source>
      <translation>blwyddyn geni yn unig</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="99" />
      <source>postcode district only</source>
      <translation>ardal cod post yn unig</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="100" />
      <source>category only</source>
      <translation>categori yn unig</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="101" />
      <source>initials only</source>
      <translation>llythrennau blaen yn unig</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="110" />
      <source>any role</source>
      <translation>unrhyw rôl</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="159" />
      <source>no basis stated</source>
      <translation>dim sail wedi'i nodi</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="167" />
      <source>(none stated)</source>
      <translation>(dim wedi'i nodi)</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="208" />
      <source>Purpose: {purposes}</source>
      <translation>Diben: {purposes}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="210" />
      <source>Lawful basis: {basis}</source>
      <translation>Sail gyfreithlon: {basis}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="211" />
      <source>Statute: {statute}</source>
      <translation>Statud: {statute}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="214" />
      <source>Consent: {mode}</source>
      <translation>Caniatâd: {mode}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="225" />
      <source>Shared under this clause with: {who}</source>
      <translation>Wedi'i rannu o dan y cymal hwn â: {who}</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="82" />
      <source>On request: your request goes at the next sync</source>
      <translation>Ar gais: bydd eich cais yn mynd wrth gysoni nesaf</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="83" />
      <source>On request: requested, awaiting the partner's decision</source>
      <translation>Ar gais: gofynnwyd, yn aros am benderfyniad y partner</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="84" />
      <source>On request: the partner refused your request</source>
      <translation>Ar gais: gwrthododd y partner eich cais</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="85" />
      <source>On request: released, arriving with the next sync</source>
      <translation>Ar gais: wedi'i ryddhau, yn cyrraedd wrth gysoni nesaf</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="86" />
      <source>On request: the partner could not take your request (see the Outbox)</source>
      <translation>Ar gais: ni allai'r partner dderbyn eich cais (gweler y Blwch allan)</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="87" />
      <source>On request: the partner lost your request; right-click to ask again</source>
      <translation>Ar gais: collodd y partner eich cais; de-gliciwch i ofyn eto</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="217" />
      <source>needed from the citizen</source>
      <translation>ei angen gan y dinesydd</translation>
    </message>
    <message>
      <location filename="../../ui/access_words.py" line="218" />
      <source>sought; may be overridden with a recorded reason</source>
      <translation>gofynnir amdano; gellir ei ddiystyru gyda rheswm wedi'i gofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/actions.py" line="98" />
      <source>Imported {agreement} v{version}: {status}.</source>
      <translation>Mewnforiwyd {agreement} f{version}: {status}.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/actions.py" line="32" />
      <source>&amp;Agreements…</source>
      <translation>&amp;Cytundebau…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/actions.py" line="61" />
      <source>Import a signed agreement</source>
      <translation>Mewnforio cytundeb wedi'i lofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/actions.py" line="61" />
      <source>Agreements (*.json)</source>
      <translation>Cytundebau (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/actions.py" line="71" />
      <source>The agreement was not imported</source>
      <translation>Ni fewnforiwyd y cytundeb</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/actions.py" line="72" />
      <source>{file} cannot be read.</source>
      <translation>Nid oes modd darllen {file}.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/actions.py" line="88" />
      <source>Which partner is it from?</source>
      <translation>O ba bartner y daw?</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/actions.py" line="88" />
      <source>Partner:</source>
      <translation>Partner:</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/actions.py" line="84" />
      <source>Add the partner first (Settings → Partners).</source>
      <translation>Ychwanegwch y partner yn gyntaf (Gosodiadau → Partneriaid).</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="62" />
      <source>New agreement from the template</source>
      <translation>Cytundeb newydd o'r templed</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="104" />
      <source>New signing key</source>
      <translation>Allwedd llofnodi newydd</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="157" />
      <source>Sign an agreement</source>
      <translation>Llofnodi cytundeb</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="46" />
      <source>{file} cannot be read or written ({kind}).</source>
      <translation>Nid oes modd darllen nac ysgrifennu {file} ({kind}).</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="93" />
      <source>The draft is in {file}. Read and change every clause to what your organisation has agreed, then sign it.</source>
      <translation>Mae'r drafft yn {file}. Darllenwch a newidiwch bob cymal i'r hyn y mae eich sefydliad wedi'i gytuno, yna llofnodwch ef.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="142" />
      <source>Give this public key to the administrators who will import your agreements (they add it to the partner as its signing key). It is also on the clipboard:

{key}</source>
      <translation>Rhowch yr allwedd gyhoeddus hon i'r gweinyddwyr a fydd yn mewnforio eich cytundebau (maent yn ei hychwanegu at y partner fel ei allwedd llofnodi). Mae hefyd ar y clipfwrdd:

{key}</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="198" />
      <source>Signed {agreement} version {version} into {file}. Administrators import this file for your organisation's partner.</source>
      <translation>Llofnodwyd {agreement} fersiwn {version} i {file}. Mae gweinyddwyr yn mewnforio'r ffeil hon ar gyfer partner eich sefydliad.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="64" />
      <source>Your organisation's partner id, as administrators will add it:</source>
      <translation>Dynodwr partner eich sefydliad, fel y bydd gweinyddwyr yn ei ychwanegu:</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="74" />
      <source>Shared with:</source>
      <translation>Wedi'i rannu â:</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="106" />
      <source>In the system keyring</source>
      <translation>Yng nghylch allweddi'r system</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="106" />
      <source>In a key file</source>
      <translation>Mewn ffeil allwedd</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="108" />
      <source>Keep the private key:</source>
      <translation>Cadw'r allwedd breifat:</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="165" />
      <source>Your signing key file (Cancel: one in the keyring)</source>
      <translation>Eich ffeil allwedd llofnodi (Canslo: un yn y cylch allweddi)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="166" />
      <source>Key files (*.pem)</source>
      <translation>Ffeiliau allwedd (*.pem)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="67" />
      <source>Your organisation's name:</source>
      <translation>Enw eich sefydliad:</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="88" />
      <source>The draft was not written</source>
      <translation>Ni ysgrifennwyd y drafft</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="113" />
      <source>A name for the key, such as riverside-dpo:</source>
      <translation>Enw ar gyfer yr allwedd, fel riverside-dpo:</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="128" />
      <source>No key was made</source>
      <translation>Ni wnaed allwedd</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="171" />
      <source>The name of your key in the keyring:</source>
      <translation>Enw eich allwedd yn y cylch allweddi:</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/authoring.py" line="193" />
      <source>The agreement was not signed</source>
      <translation>Ni lofnodwyd y cytundeb</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="222" />
      <source>Any organisation</source>
      <translation>Unrhyw sefydliad</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="87" />
      <source>Data-sharing agreements</source>
      <translation>Cytundebau rhannu data</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="91" />
      <source>Agreements held</source>
      <translation>Cytundebau sydd gennym</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="105" />
      <source>Agreement details</source>
      <translation>Manylion y cytundeb</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="107" />
      <source>What each recipient role may see, by data class</source>
      <translation>Beth all pob rôl sy'n derbyn ei weld, fesul dosbarth data</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="122" />
      <source>&amp;Import a signed agreement…</source>
      <translation>&amp;Mewnforio cytundeb wedi'i lofnodi…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="125" />
      <source>For a partner that publishes no agreements: a file its DPO signed</source>
      <translation>Ar gyfer partner nad yw'n cyhoeddi cytundebau: ffeil a lofnodwyd gan ei swyddog diogelu data</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="129" />
      <source>For data protection &amp;officers</source>
      <translation>Ar gyfer &amp;swyddogion diogelu data</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="52" />
      <source>with consent</source>
      <translation>gyda chaniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="133" />
      <source>New agreement from the template…</source>
      <translation>Cytundeb newydd o'r templed…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="134" />
      <source>New signing key…</source>
      <translation>Allwedd llofnodi newydd…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="135" />
      <source>Sign an agreement…</source>
      <translation>Llofnodi cytundeb…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="148" />
      <source>No agreements are held yet. They arrive with the first sync.</source>
      <translation>Nid oes cytundebau gennym eto. Maen nhw'n cyrraedd gyda'r cysoni cyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="54" />
      <source>by breaking the glass</source>
      <translation>drwy dorri'r gwydr</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="171" />
      <source>{title} — version {version} — {status}</source>
      <translation>{title} — fersiwn {version} — {status}</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="177" />
      <source>Provided by {provider}; between {parties}.</source>
      <translation>Darparwyd gan {provider}; rhwng {parties}.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="182" />
      <source>In force {start} to {end}; review by {review}; keep for {days} days.</source>
      <translation>Mewn grym {start} i {end}; adolygu erbyn {review}; cadw am {days} diwrnod.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="189" />
      <source>Purposes: {purposes}.</source>
      <translation>Dibenion: {purposes}.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="190" />
      <source>Lawful basis: {bases}. {statutes}.</source>
      <translation>Sail gyfreithlon: {bases}. {statutes}.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="195" />
      <source>Signed by: {signed}.</source>
      <translation>Llofnodwyd gan: {signed}.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="214" />
      <source>✕ Not shared</source>
      <translation>✕ Heb ei rannu</translation>
    </message>
    <message>
      <location filename="../../ui/agreements/page.py" line="217" />
      <source>Clause {clauses}</source>
      <translation>Cymal {clauses}</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="312" />
      <source>Caseworker found that its audit log was altered: {problem}. It will not open this store, so that the log stays as evidence. Tell your information governance team. Once they have taken a copy of the store, they can seal the log with: python main.py audit acknowledge --reason "…"</source>
      <translation>Canfu Caseworker fod ei log archwilio wedi'i newid: {problem}. Ni fydd yn agor y storfa hon, fel bod y log yn aros fel tystiolaeth. Dywedwch wrth eich tîm llywodraethu gwybodaeth. Ar ôl iddynt gymryd copi o'r storfa, gallant selio'r log gyda: python main.py audit acknowledge --reason "…"</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="319" />
      <source>The audit log has been altered</source>
      <translation>Mae'r log archwilio wedi'i newid</translation>
    </message>
    <message>
      <location filename="../../ui/audit/actions.py" line="23" />
      <source>Audit &amp;log…</source>
      <translation>&amp;Log archwilio…</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="25" />
      <source>Starts of the app</source>
      <translation>Dechrau'r ap</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="26" />
      <source>Locks</source>
      <translation>Cloeon</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="27" />
      <source>Unlocks</source>
      <translation>Datgloeon</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="28" />
      <source>Searches</source>
      <translation>Chwiliadau</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="29" />
      <source>Records opened</source>
      <translation>Cofnodion a agorwyd</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="30" />
      <source>Risks seen on a household member's page</source>
      <translation>Risgiau a welwyd ar dudalen aelod o'r aelwyd</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="31" />
      <source>Fields revealed</source>
      <translation>Meysydd a ddatgelwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="283" />
      <source>Access requests</source>
      <translation>Ceisiadau am fynediad</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="33" />
      <source>Emergency access</source>
      <translation>Mynediad brys</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="34" />
      <source>Exports</source>
      <translation>Allforion</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="35" />
      <source>Linking decisions</source>
      <translation>Penderfyniadau cysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="36" />
      <source>Data removed under agreements</source>
      <translation>Data a dynnwyd o dan gytundebau</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="37" />
      <source>Settings changes</source>
      <translation>Newidiadau i osodiadau</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="38" />
      <source>Notes</source>
      <translation>Nodiadau</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="39" />
      <source>Tasks</source>
      <translation>Tasgau</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="283" />
      <source>Referrals</source>
      <translation>Atgyfeiriadau</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="41" />
      <source>Following</source>
      <translation>Yn dilyn</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="42" />
      <source>Consent decisions</source>
      <translation>Penderfyniadau caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="43" />
      <source>Emerging needs decisions</source>
      <translation>Penderfyniadau am anghenion sy'n dod i'r amlwg</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="381" />
      <source>Contacts at the front door</source>
      <translation>Cysylltiadau wrth y drws ffrynt</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="45" />
      <source>Multi-agency enquiries</source>
      <translation>Ymholiadau amlasiantaethol</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="64" />
      <source>Front door decisions</source>
      <translation>Penderfyniadau'r drws ffrynt</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="54" />
      <source>Searched ({count} found)</source>
      <translation>Chwiliodd (canfuwyd {count})</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="56" />
      <source>Started Caseworker</source>
      <translation>Dechreuodd Caseworker</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="58" />
      <source>Locked the store</source>
      <translation>Cloodd y storfa</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="60" />
      <source>Unlocked the store</source>
      <translation>Datglodd y storfa</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="62" />
      <source>Removed {count} records shared by {partner}</source>
      <translation>Tynnodd {count} cofnod a rannwyd gan {partner}</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="68" />
      <source>Changed a setting: {what}</source>
      <translation>Newidiodd osodiad: {what}</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="83" />
      <source>Audit log</source>
      <translation>Log archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="88" />
      <source>Audit log check</source>
      <translation>Gwiriad y log archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="104" />
      <source>Kind of entry</source>
      <translation>Math o gofnod</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="105" />
      <source>Everything</source>
      <translation>Popeth</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="108" />
      <source>&amp;Show:</source>
      <translation>&amp;Dangos:</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="111" />
      <source>Filter the audit log</source>
      <translation>Hidlo'r log archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="112" />
      <source>Who, what or record number</source>
      <translation>Pwy, beth neu rif cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="114" />
      <source>&amp;Filter:</source>
      <translation>&amp;Hidlo:</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="117" />
      <source>Audit log entries</source>
      <translation>Cofnodion y log archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="120" />
      <source>No entries match the kind and words chosen.</source>
      <translation>Nid oes cofnodion yn cyfateb i'r math a'r geiriau a ddewiswyd.</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="140" />
      <source>Person {number}</source>
      <translation>Unigolyn {number}</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="118" />
      <source>Entry</source>
      <translation>Cofnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="301" />
      <source>When</source>
      <translation>Pryd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="301" />
      <source>Who</source>
      <translation>Pwy</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="301" />
      <source>Organisation</source>
      <translation>Sefydliad</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="221" />
      <source>What</source>
      <translation>Beth</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="341" />
      <source>About</source>
      <translation>Am</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="92" />
      <source>The log is intact: {count} entry, none changed, removed or reordered.</source>
      <translation>Mae'r log yn gyfan: {count} cofnod, dim un wedi'i newid, ei dynnu na'i aildrefnu.</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="92" />
      <source>The log is intact: {count} entries, none changed, removed or reordered.</source>
      <translation>Mae'r log yn gyfan: {count} cofnod, dim un wedi'i newid, ei dynnu na'i aildrefnu.</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="101" />
      <source>The log has been altered: {problem}.</source>
      <translation>Mae'r log wedi'i newid: {problem}.</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="160" />
      <source>Person number {number}</source>
      <translation>Rhif unigolyn {number}</translation>
    </message>
    <message>
      <location filename="../../ui/context.py" line="219" />
      <source>this computer's user</source>
      <translation>defnyddiwr y cyfrifiadur hwn</translation>
    </message>
    <message>
      <location filename="../../ui/context.py" line="105" />
      <source>{name} — Caseworker</source>
      <translation>{name} — Caseworker</translation>
    </message>
    <message>
      <location filename="../../ui/context.py" line="105" />
      <source>Caseworker</source>
      <translation>Caseworker</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="39" />
      <source>Households with concerns at several agencies that nobody has joined up</source>
      <translation>Aelwydydd y mae gan sawl asiantaeth bryderon amdanynt nad oes neb wedi'u cysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="52" />
      <source>Emerging needs</source>
      <translation>Anghenion sy'n dod i'r amlwg</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="121" />
      <source>Dismissed: it comes back if its evidence changes.</source>
      <translation>Wedi'i diystyru: daw yn ôl os bydd ei thystiolaeth yn newid.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="37" />
      <source>&amp;Emerging needs</source>
      <translation>&amp;Anghenion sy'n dod i'r amlwg</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="96" />
      <source>Dismiss from emerging needs</source>
      <translation>Diystyru o'r anghenion sy'n dod i'r amlwg</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="97" />
      <source>The household leaves the list until a partner shares new evidence about it. Your reason is kept in the audit log and in each person's record of who used their information.</source>
      <translation>Mae'r aelwyd yn gadael y rhestr nes bydd partner yn rhannu tystiolaeth newydd amdani. Cedwir eich rheswm yn y log archwilio ac yng nghofnod pob person o bwy a ddefnyddiodd eu gwybodaeth.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="102" />
      <source>&amp;Dismiss</source>
      <translation>&amp;Diystyru</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="86" />
      <source>Everyone in the household is on your caseload now.</source>
      <translation>Mae pawb yn yr aelwyd ar eich llwyth achosion nawr.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="104" />
      <source>&amp;Reason (at least {count} characters, kept on record):</source>
      <translation>&amp;Rheswm (o leiaf {count} nod, wedi'i gadw ar gofnod):</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/actions.py" line="155" />
      <source>Saved: it goes to the agencies you chose at the next sync.</source>
      <translation>Wedi'i gadw: bydd yn mynd i'r asiantaethau a ddewiswyd gennych wrth gysoni nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="40" />
      <source>Date not shared</source>
      <translation>Dyddiad heb ei rannu</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="56" />
      <source>Emerging needs summary</source>
      <translation>Crynodeb o'r anghenion sy'n dod i'r amlwg</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="59" />
      <source>Households with emerging needs</source>
      <translation>Aelwydydd ag anghenion sy'n dod i'r amlwg</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="67" />
      <source>Evidence for the selected household</source>
      <translation>Tystiolaeth am yr aelwyd a ddewiswyd</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="74" />
      <source>Open &amp;person</source>
      <translation>Agor y &amp;person</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="75" />
      <source>Open the page of the person or record selected below</source>
      <translation>Agor tudalen y person neu'r cofnod a ddewiswyd isod</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="77" />
      <source>F&amp;ollow household</source>
      <translation>Dilyn yr a&amp;elwyd</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="78" />
      <source>Add everyone in this household to your caseload</source>
      <translation>Ychwanegu pawb yn yr aelwyd hon at eich llwyth achosion</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="80" />
      <source>&amp;Refer…</source>
      <translation>&amp;Atgyfeirio…</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="81" />
      <source>Refer the selected person to a partner, through the outbox</source>
      <translation>Atgyfeirio'r person a ddewiswyd at bartner, drwy'r blwch anfon</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="83" />
      <source>&amp;Dismiss…</source>
      <translation>&amp;Diystyru…</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="85" />
      <source>Take this household off the list until its evidence changes, with a reason</source>
      <translation>Tynnu'r aelwyd hon oddi ar y rhestr nes bydd ei thystiolaeth yn newid, gyda rheswm</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="159" />
      <source>No household meets the rules in the records you may see. Households appear here when two or more agencies each hold a concern in two or more areas, and no one has opened a case with children's social care.</source>
      <translation>Nid oes aelwyd yn bodloni'r rheolau yn y cofnodion y cewch eu gweld. Mae aelwydydd yn ymddangos yma pan fydd gan ddwy asiantaeth neu fwy bryder yr un mewn dau faes neu fwy, a neb wedi agor achos gyda gofal cymdeithasol plant.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="60" />
      <source>Problems</source>
      <translation>Problemau</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="171" />
      <source>People</source>
      <translation>Pobl</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="199" />
      <source>Agencies</source>
      <translation>Asiantaethau</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="60" />
      <source>Latest evidence</source>
      <translation>Tystiolaeth ddiweddaraf</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="60" />
      <source>Areas</source>
      <translation>Meysydd</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="69" />
      <source>Problem and record</source>
      <translation>Problem a chofnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="219" />
      <source>Date</source>
      <translation>Dyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="69" />
      <source>Shared by</source>
      <translation>Wedi'i rannu gan</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="212" />
      <source>Access</source>
      <translation>Mynediad</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="125" />
      <source>Only records you may see count: a record behind consent or held on request is not used until you may see it.</source>
      <translation>Dim ond cofnodion y cewch eu gweld sy'n cyfrif: ni ddefnyddir cofnod sydd angen caniatâd neu a gedwir ar gais nes y cewch ei weld.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="117" />
      <source>{count} household where two or more agencies each hold a concern that nobody has joined up yet.</source>
      <translation>{count} aelwyd lle mae gan ddwy asiantaeth neu fwy bryder yr un nad oes neb wedi'u cysylltu eto.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="117" />
      <source>{count} households where two or more agencies each hold a concern that nobody has joined up yet.</source>
      <translation>{count} aelwyd lle mae gan ddwy asiantaeth neu fwy bryder yr un nad oes neb wedi'u cysylltu eto.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="185" />
      <source>People in the household</source>
      <translation>Pobl yn yr aelwyd</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="189" />
      <source>(name not shared)</source>
      <translation>(enw heb ei rannu)</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="199" />
      <source>{count} record</source>
      <translation>{count} cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="199" />
      <source>{count} records</source>
      <translation>{count} cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="17" />
      <source>The system keyring cannot protect Caseworker's key</source>
      <translation>Ni all cylch allweddi'r system ddiogelu allwedd Caseworker</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="18" />
      <source>Caseworker's key is missing</source>
      <translation>Mae allwedd Caseworker ar goll</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="19" />
      <source>Caseworker's store cannot be opened</source>
      <translation>Ni ellir agor storfa Caseworker</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="20" />
      <source>Caseworker is locked</source>
      <translation>Mae Caseworker wedi'i gloi</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="21" />
      <source>Your change was not saved</source>
      <translation>Ni chadwyd eich newid</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="22" />
      <source>Not found</source>
      <translation>Heb ei ganfod</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="23" />
      <source>A partner is unavailable</source>
      <translation>Nid yw partner ar gael</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="24" />
      <source>A partner refused Caseworker's credentials</source>
      <translation>Gwrthododd partner fanylion Caseworker</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="25" />
      <source>A partner sent something Caseworker cannot read</source>
      <translation>Anfonodd partner rywbeth na all Caseworker ei ddarllen</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="26" />
      <source>A partner's records arrived only in part</source>
      <translation>Dim ond rhan o gofnodion partner a gyrhaeddodd</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="27" />
      <source>A partner's records could not be read</source>
      <translation>Nid oedd modd darllen cofnodion partner</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="28" />
      <source>The sync stopped</source>
      <translation>Daeth y cysoni i ben</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="29" />
      <source>No agreement lets a partner share with you</source>
      <translation>Nid oes cytundeb yn gadael i bartner rannu â chi</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="31" />
      <source>A partner's certificate could not be verified</source>
      <translation>Nid oedd modd gwirio tystysgrif partner</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="32" />
      <source>The audit log was not sealed</source>
      <translation>Ni seliwyd y log archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="34" />
      <source>The export was not written</source>
      <translation>Ni ysgrifennwyd yr allforiad</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="36" />
      <source>Caseworker needs your PIN</source>
      <translation>Mae ar Caseworker angen eich PIN</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="37" />
      <source>Your organisation requires a PIN</source>
      <translation>Mae eich sefydliad yn gofyn am PIN</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="38" />
      <source>That PIN is not right</source>
      <translation>Nid yw'r PIN hwnnw'n gywir</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="39" />
      <source>That PIN cannot be used</source>
      <translation>Ni ellir defnyddio'r PIN hwnnw</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="40" />
      <source>Your organisation's policy cannot be read</source>
      <translation>Ni ellir darllen polisi eich sefydliad</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="41" />
      <source>The emerging-needs rules cannot be used</source>
      <translation>Ni ellir defnyddio'r rheolau anghenion sy'n dod i'r amlwg</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="42" />
      <source>The household was not dismissed</source>
      <translation>Ni chafodd yr aelwyd ei diystyru</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="57" />
      <source>Something went wrong</source>
      <translation>Aeth rhywbeth o'i le</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="57" />
      <source>Caseworker hit an unexpected problem ({kind}). Nothing you had saved was changed.</source>
      <translation>Cafodd Caseworker broblem annisgwyl ({kind}). Ni newidiwyd dim a gadwyd gennych.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="54" />
      <source>Contacts about children, their clocks, enquiries and decisions</source>
      <translation>Cysylltiadau am blant, eu clociau, ymholiadau a phenderfyniadau</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="76" />
      <source>Front door</source>
      <translation>Drws ffrynt</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="53" />
      <source>Front &amp;door</source>
      <translation>Drws ff&amp;rynt</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="99" />
      <source>{count} contact at the front door is overdue or due within the hour (Ctrl+Shift+D).</source>
      <translation>Mae {count} cyswllt wrth y drws ffrynt yn hwyr neu'n ddyledus o fewn yr awr (Ctrl+Shift+D).</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="99" />
      <source>{count} contacts at the front door are overdue or due within the hour (Ctrl+Shift+D).</source>
      <translation>Mae {count} cyswllt wrth y drws ffrynt yn hwyr neu'n ddyledus o fewn yr awr (Ctrl+Shift+D).</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="129" />
      <source>Contact recorded: its clock is running.</source>
      <translation>Cofnodwyd y cyswllt: mae ei gloc yn rhedeg.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="205" />
      <source>Decision recorded: it goes to the agencies at the next sync.</source>
      <translation>Cofnodwyd y penderfyniad: bydd yn mynd i'r asiantaethau yn y cysoni nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="153" />
      <source>Saved: the child is recorded.</source>
      <translation>Wedi'i gadw: mae'r plentyn wedi'i gofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="182" />
      <source>Enquiry opened: the partners are asked at the next sync.</source>
      <translation>Agorwyd yr ymholiad: gofynnir i'r partneriaid yn y cysoni nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="93" />
      <source>Record a contact</source>
      <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="96" />
      <source>Not one of our partners</source>
      <translation>Nid yw'n un o'n partneriaid</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="109" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/BBBB</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="112" />
      <source>When the contact arrived: its clock starts then, not when it is entered here</source>
      <translation>Pryd y cyrhaeddodd y cyswllt: mae ei gloc yn dechrau bryd hynny, nid pan gaiff ei gofnodi yma</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="115" />
      <source>Not rated yet</source>
      <translation>Heb ei raddio eto</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="119" />
      <source>Raised &amp;by:</source>
      <translation>Codwyd &amp;gan:</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="341" />
      <source>Raised by</source>
      <translation>Codwyd gan</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="120" />
      <source>Their a&amp;gency:</source>
      <translation>Eu h&amp;asiantaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="120" />
      <source>Their agency</source>
      <translation>Eu hasiantaeth</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="121" />
      <source>As &amp;partner:</source>
      <translation>Fel &amp;partner:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="121" />
      <source>Partner agency</source>
      <translation>Asiantaeth bartner</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="122" />
      <source>&amp;About:</source>
      <translation>&amp;Testun:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="122" />
      <source>What the concern is about</source>
      <translation>Testun y pryder</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="123" />
      <source>&amp;Concern:</source>
      <translation>Pr&amp;yder:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="123" />
      <source>The concern in the referrer's words</source>
      <translation>Y pryder yng ngeiriau'r atgyfeiriwr</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="124" />
      <source>Child's &amp;first name:</source>
      <translation>&amp;Enw cyntaf y plentyn:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="124" />
      <source>Child's first name</source>
      <translation>Enw cyntaf y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="125" />
      <source>Child's &amp;surname:</source>
      <translation>&amp;Cyfenw'r plentyn:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="125" />
      <source>Child's surname</source>
      <translation>Cyfenw'r plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="126" />
      <source>&amp;Date of birth:</source>
      <translation>&amp;Dyddiad geni:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="126" />
      <source>Child's date of birth</source>
      <translation>Dyddiad geni'r plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="127" />
      <source>P&amp;ostcode:</source>
      <translation>C&amp;od post:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="127" />
      <source>Child's postcode</source>
      <translation>Cod post y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="128" />
      <source>Recei&amp;ved (DD/MM/YYYY HH:MM):</source>
      <translation>Der&amp;byniwyd (DD/MM/BBBB AA:MM):</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="341" />
      <source>Received</source>
      <translation>Derbyniwyd</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="129" />
      <source>&amp;Rating:</source>
      <translation>G&amp;radd:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="129" />
      <source>Rating</source>
      <translation>Gradd</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="130" />
      <source>Record contact</source>
      <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="179" />
      <source>Who is {child}?</source>
      <translation>Pwy yw {child}?</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="182" />
      <source>These people held here may be the child the referrer named. Choose the one who is, or say that none of them is: nothing is assumed.</source>
      <translation>Efallai mai un o'r bobl hyn a gedwir yma yw'r plentyn a enwodd yr atgyfeiriwr. Dewiswch yr un sydd, neu dywedwch nad oes yr un ohonynt: ni thybir dim.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="189" />
      <source>Possible matches</source>
      <translation>Parau posibl</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="205" />
      <source>This is the &amp;child</source>
      <translation>Dyma'r &amp;plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="209" />
      <source>&amp;None of them: not known here</source>
      <translation>&amp;Dim un ohonynt: nid yw'n hysbys yma</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="242" />
      <source>Open a multi-agency enquiry</source>
      <translation>Agor ymholiad amlasiantaethol</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="244" />
      <source>Each partner is asked to research what it holds about the child and the household by the deadline the rating sets, and to say what it shares or withholds, and why. Requests go at the next sync.</source>
      <translation>Gofynnir i bob partner ymchwilio i'r hyn sydd ganddo am y plentyn a'r aelwyd erbyn y terfyn amser a bennir gan y radd, a dweud beth y mae'n ei rannu neu'n ei atal, a pham. Mae'r ceisiadau'n mynd yn y cysoni nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="268" />
      <source>Partners to ask:</source>
      <translation>Partneriaid i'w holi:</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="270" />
      <source>&amp;Send enquiry</source>
      <translation>&amp;Anfon ymholiad</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="292" />
      <source>Record the decision</source>
      <translation>Cofnodi'r penderfyniad</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="294" />
      <source>The decision and its rationale are kept, and sent to the agencies that answered the enquiry; the referrer's agency is told the outcome.</source>
      <translation>Cedwir y penderfyniad a'i resymeg, a'u hanfon at yr asiantaethau a atebodd yr ymholiad; dywedir y canlyniad wrth asiantaeth yr atgyfeiriwr.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="314" />
      <source>&amp;Decision:</source>
      <translation>P&amp;enderfyniad:</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="341" />
      <source>Decision</source>
      <translation>Penderfyniad</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="317" />
      <source>&amp;Rationale (at least {count} characters):</source>
      <translation>&amp;Rhesymeg (o leiaf {count} nod):</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="319" />
      <source>Rationale</source>
      <translation>Rhesymeg</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="321" />
      <source>Record d&amp;ecision</source>
      <translation>&amp;Cofnodi'r penderfyniad</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="161" />
      <source>Name</source>
      <translation>Enw</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="189" />
      <source>Born</source>
      <translation>Ganwyd</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="189" />
      <source>Postcode</source>
      <translation>Cod post</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="189" />
      <source>Known to</source>
      <translation>Yn hysbys i</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="264" />
      <source>Ask {agency}</source>
      <translation>Holi {agency}</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="301" />
      <source>Not answered yet: {agencies}. The decision will record that it was made without them.</source>
      <translation>Heb ateb eto: {agencies}. Bydd y penderfyniad yn cofnodi iddo gael ei wneud hebddynt.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/dialogs.py" line="179" />
      <source>the child</source>
      <translation>y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="47" />
      <source>{answered} of {asked} answered</source>
      <translation>{answered} o {asked} wedi ateb</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="45" />
      <source>No enquiry yet</source>
      <translation>Dim ymholiad eto</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="72" />
      <source>{said} ({when})</source>
      <translation>{said} ({when})</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="56" />
      <source>LATE</source>
      <translation>HWYR</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="89" />
      <source>Clocks about to run out</source>
      <translation>Clociau ar fin dod i ben</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="92" />
      <source>Front door summary</source>
      <translation>Crynodeb y drws ffrynt</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="95" />
      <source>Open contacts, overdue first</source>
      <translation>Cysylltiadau agored, y rhai hwyr yn gyntaf</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="110" />
      <source>The selected contact and its enquiry</source>
      <translation>Y cyswllt a ddewiswyd a'i ymholiad</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="113" />
      <source>&amp;New contact…</source>
      <translation>Cyswllt n&amp;ewydd…</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="114" />
      <source>Record a contact about a child</source>
      <translation>Cofnodi cyswllt am blentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="116" />
      <source>&amp;Who is the child…</source>
      <translation>P&amp;wy yw'r plentyn…</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="117" />
      <source>Choose among the possible matches, or say none is the child</source>
      <translation>Dewiswch o blith y parau posibl, neu dywedwch nad yr un ohonynt yw'r plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="119" />
      <source>Open &amp;enquiry…</source>
      <translation>Agor ym&amp;holiad…</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="120" />
      <source>Ask the partners what they know, by the rating's deadline</source>
      <translation>Gofyn i'r partneriaid beth a wyddant, erbyn terfyn amser y radd</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="122" />
      <source>&amp;Decide…</source>
      <translation>Pen&amp;derfynu…</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="123" />
      <source>Record the decision and its rationale, and tell the agencies</source>
      <translation>Cofnodi'r penderfyniad a'i resymeg, a'i roi i'r asiantaethau</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="126" />
      <source>Open the child's page</source>
      <translation>Agor tudalen y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="188" />
      <source>No open contacts. A contact about a child appears here with its clock when it is recorded (New contact) and stays until it is decided.</source>
      <translation>Dim cysylltiadau agored. Mae cyswllt am blentyn yn ymddangos yma gyda'i gloc pan gaiff ei gofnodi (Cyswllt newydd) ac yn aros nes gwneir penderfyniad arno.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="295" />
      <source>Matched to a person held here (Open person)</source>
      <translation>Wedi'i baru â pherson a gedwir yma (Agor person)</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="297" />
      <source>Not known to any partner here</source>
      <translation>Nid yw'n hysbys i unrhyw bartner yma</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="298" />
      <source>Not matched yet: say who the child is before enquiring</source>
      <translation>Heb ei baru eto: dywedwch pwy yw'r plentyn cyn holi</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="52" />
      <source>late: {agencies}</source>
      <translation>hwyr: {agencies}</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="68" />
      <source>Shared {count} record</source>
      <translation>Rhannodd {count} cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="68" />
      <source>Shared {count} records</source>
      <translation>Rhannodd {count} cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="70" />
      <source>Knows nothing of the child or household</source>
      <translation>Nid yw'n gwybod dim am y plentyn na'r aelwyd</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="97" />
      <source>Time left</source>
      <translation>Amser ar ôl</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="99" />
      <source>Child</source>
      <translation>Plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="102" />
      <source>Partners</source>
      <translation>Partneriaid</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="111" />
      <source>Contact and enquiry</source>
      <translation>Cyswllt ac ymholiad</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="212" />
      <source>Detail</source>
      <translation>Manylyn</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="159" />
      <source>(no name given)</source>
      <translation>(dim enw wedi'i roi)</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="175" />
      <source>Due {due}</source>
      <translation>Yn ddyledus {due}</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="219" />
      <source>{count} open contact.</source>
      <translation>{count} cyswllt agored.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="219" />
      <source>{count} open contacts.</source>
      <translation>{count} cyswllt agored.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="229" />
      <source>Overdue by {span}: {child} ({about})</source>
      <translation>Yn hwyr o {span}: {child} ({about})</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="237" />
      <source>{span} left: {child} ({about})</source>
      <translation>{span} ar ôl: {child} ({about})</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="303" />
      <source>Enquiry ({rating})</source>
      <translation>Ymholiad ({rating})</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="69" />
      <source>WITHHELD: {reason}</source>
      <translation>WEDI'I ATAL: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="271" />
      <source>Contact</source>
      <translation>Cyswllt</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="341" />
      <source>Concern</source>
      <translation>Pryder</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="279" />
      <source>Due</source>
      <translation>Yn ddyledus</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="320" />
      <source>MASH research from {agency}</source>
      <translation>Ymchwil MASH gan {agency}</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="59" />
      <source>Not sent yet: goes at the next sync</source>
      <translation>Heb ei anfon eto: bydd yn mynd yn y cysoni nesaf</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="60" />
      <source>Asked, no answer yet</source>
      <translation>Wedi holi, dim ateb eto</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="61" />
      <source>Refused the request</source>
      <translation>Gwrthododd y cais</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="62" />
      <source>Lost the request</source>
      <translation>Collodd y cais</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="165" />
      <source>Not rated</source>
      <translation>Heb ei raddio</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="221" />
      <source>{count} is overdue.</source>
      <translation>Mae {count} yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="221" />
      <source>{count} are overdue.</source>
      <translation>Mae {count} yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="316" />
      <source>Why shared</source>
      <translation>Pam y rhannwyd</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/words.py" line="22" />
      <source>{minutes} min</source>
      <translation>{minutes} mun</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/words.py" line="28" />
      <source>{span} left</source>
      <translation>{span} ar ôl</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/words.py" line="39" />
      <source>At the front door: a contact about {about}, received {date}; {clock}</source>
      <translation>Wrth y drws ffrynt: cyswllt am {about}, a dderbyniwyd {date}; {clock}</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/words.py" line="21" />
      <source>{hours} h {minutes} min</source>
      <translation>{hours} awr {minutes} mun</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/words.py" line="35" />
      <source>overdue by {span}</source>
      <translation>yn hwyr o {span}</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/words.py" line="51" />
      <source>{words} (Ctrl+Shift+D)</source>
      <translation>{words} (Ctrl+Shift+D)</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/words.py" line="27" />
      <source>Overdue by {span}</source>
      <translation>Yn hwyr o {span}</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/words.py" line="46" />
      <source>{answered} of {asked} partners have answered</source>
      <translation>{answered} o {asked} partner wedi ateb</translation>
    </message>
    <message>
      <location filename="../../ui/home/actions.py" line="29" />
      <source>&amp;Home: my caseload</source>
      <translation>&amp;Hafan: fy llwyth achosion</translation>
    </message>
    <message>
      <location filename="../../ui/home/actions.py" line="31" />
      <source>F&amp;ollow or stop following this person</source>
      <translation>D&amp;ilyn neu beidio â dilyn y person hwn</translation>
    </message>
    <message>
      <location filename="../../ui/home/actions.py" line="61" />
      <source>Choose a person first.</source>
      <translation>Dewiswch berson yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/home/actions.py" line="65" />
      <source>Added to your caseload.</source>
      <translation>Wedi'i ychwanegu at eich llwyth achosion.</translation>
    </message>
    <message>
      <location filename="../../ui/home/actions.py" line="65" />
      <source>Taken off your caseload.</source>
      <translation>Wedi'i dynnu oddi ar eich llwyth achosion.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="51" />
      <source>{count} open</source>
      <translation>{count} ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="37" />
      <source>Not opened yet</source>
      <translation>Heb ei agor eto</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="45" />
      <source>Nothing new</source>
      <translation>Dim byd newydd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="40" />
      <source>{count} new record</source>
      <translation>{count} cofnod newydd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="40" />
      <source>{count} new records</source>
      <translation>{count} cofnod newydd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="43" />
      <source>{count} consent change</source>
      <translation>{count} newid caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="43" />
      <source>{count} consent changes</source>
      <translation>{count} newid caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="53" />
      <source>{count} overdue</source>
      <translation>{count} yn hwyr</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="65" />
      <source>My caseload</source>
      <translation>Fy llwyth achosion</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="68" />
      <source>Caseload summary</source>
      <translation>Crynodeb o'r llwyth achosion</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="70" />
      <source>People I follow and the team is working with</source>
      <translation>Pobl rwy'n eu dilyn a'r rhai y mae'r tîm yn gweithio gyda nhw</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="71" />
      <source>Only people I follow</source>
      <translation>Dim ond pobl rwy'n eu dilyn</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="72" />
      <source>Only people with something new</source>
      <translation>Dim ond pobl gyda rhywbeth newydd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="73" />
      <source>Show</source>
      <translation>Dangos</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="74" />
      <source>Sho&amp;w:</source>
      <translation>&amp;Dangos:</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="77" />
      <source>Filter by name</source>
      <translation>Hidlo yn ôl enw</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="78" />
      <source>Filter the caseload by name</source>
      <translation>Hidlo'r llwyth achosion yn ôl enw</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="80" />
      <source>F&amp;ilter:</source>
      <translation>&amp;Hidlo:</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="102" />
      <source>&amp;Open</source>
      <translation>&amp;Agor</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="104" />
      <source>S&amp;top following</source>
      <translation>&amp;Peidio â dilyn</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="105" />
      <source>Take the selected person off your caseload</source>
      <translation>Tynnu'r person a ddewiswyd oddi ar eich llwyth achosion</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="111" />
      <source>Find a person…</source>
      <translation>Dod o hyd i berson…</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="87" />
      <source>New since I last looked</source>
      <translation>Newydd ers i mi edrych ddiwethaf</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="89" />
      <source>Requests waiting</source>
      <translation>Ceisiadau'n aros</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="90" />
      <source>Last opened</source>
      <translation>Agorwyd ddiwethaf</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="91" />
      <source>Caseload</source>
      <translation>Llwyth achosion</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="218" />
      <source>Your caseload is empty. Find a person (Ctrl+K) and choose Follow on their page: they will appear here, with what partners have shared since you last looked.</source>
      <translation>Mae eich llwyth achosion yn wag. Dewch o hyd i berson (Ctrl+K) a dewis Dilyn ar ei dudalen: bydd yn ymddangos yma, gyda'r hyn y mae partneriaid wedi'i rannu ers i chi edrych ddiwethaf.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="149" />
      <source>{count} with something new.</source>
      <translation>{count} gyda rhywbeth newydd.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="226" />
      <source>No one on your caseload matches. Clear the filter to see everyone.</source>
      <translation>Nid oes neb ar eich llwyth achosion yn cyfateb. Cliriwch yr hidlydd i weld pawb.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="145" />
      <source>{count} person on your caseload.</source>
      <translation>{count} person ar eich llwyth achosion.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="145" />
      <source>{count} people on your caseload.</source>
      <translation>{count} person ar eich llwyth achosion.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="151" />
      <source>{count} task overdue.</source>
      <translation>{count} dasg yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="151" />
      <source>{count} tasks overdue.</source>
      <translation>{count} tasg yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="187" />
      <source>Never</source>
      <translation>Byth</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="188" />
      <source>Team</source>
      <translation>Tîm</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="32" />
      <source>Anywhere</source>
      <translation>Unrhyw le</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="33" />
      <source>On a person's page</source>
      <translation>Ar dudalen person</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="34" />
      <source>Reviewing possible matches</source>
      <translation>Wrth adolygu cyfatebiaethau posibl</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="35" />
      <source>In a window opened from the menus</source>
      <translation>Mewn ffenestr a agorwyd o'r dewislenni</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="38" />
      <source>Overview</source>
      <translation>Trosolwg</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="39" />
      <source>Chronology</source>
      <translation>Cronoleg</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="41" />
      <source>Notes and tasks</source>
      <translation>Nodiadau a thasgau</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="43" />
      <source>Records</source>
      <translation>Cofnodion</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="44" />
      <source>Activity</source>
      <translation>Gweithgarwch</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="49" />
      <source>Find a person</source>
      <translation>Dod o hyd i berson</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="50" />
      <source>Home: the people you follow</source>
      <translation>Hafan: y bobl rydych chi'n eu dilyn</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="51" />
      <source>Follow or stop following the person shown</source>
      <translation>Dilyn neu beidio â dilyn y person a ddangosir</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="52" />
      <source>Sync now</source>
      <translation>Cysoni nawr</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="53" />
      <source>Export the chronology shown</source>
      <translation>Allforio'r gronoleg a ddangosir</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="56" />
      <source>The front door: contacts and enquiries</source>
      <translation>Y drws ffrynt: cysylltiadau ac ymholiadau</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="58" />
      <source>Agreements</source>
      <translation>Cytundebau</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="59" />
      <source>The data-flow register</source>
      <translation>Y gofrestr llif data</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="354" />
      <source>Outcome figures</source>
      <translation>Ffigurau canlyniadau</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="62" />
      <source>Review possible matches</source>
      <translation>Adolygu cyfatebiaethau posibl</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="64" />
      <source>Outbox</source>
      <translation>Blwch allan</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="65" />
      <source>Your profile</source>
      <translation>Eich proffil</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="66" />
      <source>Preferences</source>
      <translation>Dewisiadau</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="67" />
      <source>Lock</source>
      <translation>Cloi</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="68" />
      <source>Quit</source>
      <translation>Gadael</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="72" />
      <source>Next tab</source>
      <translation>Y tab nesaf</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="79" />
      <source>Previous tab</source>
      <translation>Y tab blaenorol</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="86" />
      <source>Open the menu of what has the focus (on a record: ask for it, break the glass)</source>
      <translation>Agor dewislen yr hyn sydd â'r ffocws (ar gofnod: gofyn amdano, torri'r gwydr)</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="94" />
      <source>Take back your last decision</source>
      <translation>Tynnu'ch penderfyniad diwethaf yn ôl</translation>
    </message>
    <message>
      <location filename="../../ui/keymap.py" line="95" />
      <source>Close the window</source>
      <translation>Cau'r ffenestr</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="155" />
      <source>{date} (age {age})</source>
      <translation>{date} (oed {age})</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="183" />
      <source>It answered in a way Caseworker could not use. Tell your administrator; the records already held are unaffected.</source>
      <translation>Atebodd mewn ffordd na allai Caseworker ei defnyddio. Dywedwch wrth eich gweinyddwr; nid effeithir ar y cofnodion a gedwir eisoes.</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="12" />
      <source>Health</source>
      <translation>Iechyd</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="13" />
      <source>Social care</source>
      <translation>Gofal cymdeithasol</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="14" />
      <source>Police</source>
      <translation>Heddlu</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="310" />
      <source>Education</source>
      <translation>Addysg</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="311" />
      <source>Housing</source>
      <translation>Tai</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="308" />
      <source>Safety and safeguarding</source>
      <translation>Diogelwch a diogelu</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="309" />
      <source>Physical and mental health</source>
      <translation>Iechyd corfforol a meddwl</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="312" />
      <source>Finances</source>
      <translation>Cyllid</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="313" />
      <source>Family and relationships</source>
      <translation>Teulu a pherthnasoedd</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="33" />
      <source>Need</source>
      <translation>Angen</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="34" />
      <source>Risk</source>
      <translation>Risg</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="35" />
      <source>Event</source>
      <translation>Digwyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="36" />
      <source>Involvement</source>
      <translation>Cyfranogiad</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="42" />
      <source>Waiting</source>
      <translation>Yn aros</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="43" />
      <source>Syncing</source>
      <translation>Yn cysoni</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="44" />
      <source>Up to date</source>
      <translation>Yn gyfredol</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="45" />
      <source>Paused</source>
      <translation>Wedi'i oedi</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="46" />
      <source>Failed</source>
      <translation>Wedi methu</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="47" />
      <source>Cancelled</source>
      <translation>Wedi'i ganslo</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="54" />
      <source>Mother</source>
      <translation>Mam</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="55" />
      <source>Father</source>
      <translation>Tad</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="56" />
      <source>Parent</source>
      <translation>Rhiant</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="58" />
      <source>Brother or sister</source>
      <translation>Brawd neu chwaer</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="120" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="60" />
      <source>Carer</source>
      <translation>Gofalwr</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="61" />
      <source>Cared for</source>
      <translation>Yn derbyn gofal</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="62" />
      <source>Grandparent</source>
      <translation>Taid neu nain</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="63" />
      <source>Grandchild</source>
      <translation>Ŵyr neu wyres</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="64" />
      <source>Other relation</source>
      <translation>Perthynas arall</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="162" />
      <source>Date of birth</source>
      <translation>Dyddiad geni</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="72" />
      <source>Sex</source>
      <translation>Rhyw</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="163" />
      <source>NHS number</source>
      <translation>Rhif GIG</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="164" />
      <source>Address</source>
      <translation>Cyfeiriad</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="76" />
      <source>Other identifiers (pupil number, police id)</source>
      <translation>Dynodyddion eraill (rhif disgybl, dynodydd heddlu)</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="77" />
      <source>Record: what it is</source>
      <translation>Cofnod: beth ydyw</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="78" />
      <source>Record: date</source>
      <translation>Cofnod: dyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="79" />
      <source>Record: risk grade</source>
      <translation>Cofnod: gradd risg</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="80" />
      <source>Record: status</source>
      <translation>Cofnod: statws</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="81" />
      <source>Record: narrative</source>
      <translation>Cofnod: naratif</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="42" />
      <source>Safeguarding children</source>
      <translation>Diogelu plant</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="43" />
      <source>Adult safeguarding</source>
      <translation>Diogelu oedolion</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="44" />
      <source>Early help</source>
      <translation>Cymorth cynnar</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="45" />
      <source>Integrated care</source>
      <translation>Gofal integredig</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="96" />
      <source>red</source>
      <translation>coch</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="96" />
      <source>amber</source>
      <translation>ambr</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="96" />
      <source>green</source>
      <translation>gwyrdd</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="100" />
      <source>Given</source>
      <translation>Rhoddwyd</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="100" />
      <source>Refused</source>
      <translation>Gwrthodwyd</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="100" />
      <source>Withdrawn</source>
      <translation>Tynnwyd yn ôl</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="121" />
      <source>First name</source>
      <translation>Enw cyntaf</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="122" />
      <source>Surname</source>
      <translation>Cyfenw</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="127" />
      <source>Email</source>
      <translation>E-bost</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="134" />
      <source>missing on one side: counts neither way</source>
      <translation>ar goll ar un ochr: nid yw'n cyfrif y naill ffordd na'r llall</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="135" />
      <source>the same</source>
      <translation>yr un fath</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="136" />
      <source>nearly the same (a typo or a nickname)</source>
      <translation>bron yr un fath (gwall teipio neu lysenw)</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="137" />
      <source>day and month swapped</source>
      <translation>diwrnod a mis wedi'u cyfnewid</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="138" />
      <source>one part differs</source>
      <translation>un rhan yn wahanol</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="139" />
      <source>same district, other street</source>
      <translation>yr un ardal, stryd arall</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="140" />
      <source>different</source>
      <translation>gwahanol</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="141" />
      <source>clearly different</source>
      <translation>yn amlwg yn wahanol</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="163" />
      <source>It could not be reached. Caseworker tries again at each sync; if this goes on, tell your administrator.</source>
      <translation>Nid oedd modd ei gyrraedd. Mae Caseworker yn ceisio eto ym mhob cysoni; os yw hyn yn parhau, dywedwch wrth eich gweinyddwr.</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="167" />
      <source>It refused Caseworker's credentials. Ask your administrator to renew the connection (Settings → Partners).</source>
      <translation>Gwrthododd fanylion mewngofnodi Caseworker. Gofynnwch i'ch gweinyddwr adnewyddu'r cysylltiad (Gosodiadau → Partneriaid).</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="171" />
      <source>Its certificate could not be trusted, so nothing was fetched. Tell your administrator.</source>
      <translation>Nid oedd modd ymddiried yn ei dystysgrif, felly ni nôlwyd dim. Dywedwch wrth eich gweinyddwr.</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="174" />
      <source>No data-sharing agreement with it is in force for your organisation. Ask your data protection officer (View → Agreements).</source>
      <translation>Nid oes cytundeb rhannu data ag ef mewn grym i'ch sefydliad. Gofynnwch i'ch swyddog diogelu data (Gweld → Cytundebau).</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="178" />
      <source>It sent only part of what it holds. Caseworker asks for the rest at the next sync.</source>
      <translation>Anfonodd ran yn unig o'r hyn sydd ganddo. Mae Caseworker yn gofyn am y gweddill yn y cysoni nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="107" />
      <source>Active</source>
      <translation>Mewn grym</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="108" />
      <source>Expiring soon</source>
      <translation>Yn dod i ben yn fuan</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="109" />
      <source>Not yet in force</source>
      <translation>Heb ddod i rym eto</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="111" />
      <source>Revoked</source>
      <translation>Wedi'i ddirymu</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="112" />
      <source>Superseded</source>
      <translation>Wedi'i ddisodli</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="113" />
      <source>Signature invalid</source>
      <translation>Llofnod annilys</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="114" />
      <source>From another provider than its partner</source>
      <translation>Gan ddarparwr gwahanol i'w bartner</translation>
    </message>
    <message>
      <location filename="../../ui/lock/actions.py" line="48" />
      <source>&amp;Lock</source>
      <translation>C&amp;loi</translation>
    </message>
    <message>
      <location filename="../../ui/lock/actions.py" line="84" />
      <source>Locking when the sync has stopped…</source>
      <translation>Yn cloi pan fydd y cysoni wedi stopio…</translation>
    </message>
    <message>
      <location filename="../../ui/lock/actions.py" line="96" />
      <source>The store is closed and its key is not in memory. Enter your PIN and unlock to carry on where you were; the key is read from your system keyring again.</source>
      <translation>Mae'r storfa ar gau ac nid yw ei hallwedd yn y cof. Rhowch eich PIN a datgloi i barhau lle'r oeddech; darllenir yr allwedd o gylch allweddi eich system eto.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/actions.py" line="101" />
      <source>The store is closed and its key is not in memory. Unlock to carry on where you were; the key is read from your system keyring again.</source>
      <translation>Mae'r storfa ar gau ac nid yw ei hallwedd yn y cof. Datgloi i barhau lle'r oeddech; darllenir yr allwedd o gylch allweddi eich system eto.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/page.py" line="39" />
      <source>&amp;Unlock</source>
      <translation>&amp;Datgloi</translation>
    </message>
    <message>
      <location filename="../../ui/lock/page.py" line="45" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../ui/lock/page.py" line="50" />
      <source>&amp;PIN:</source>
      <translation>&amp;PIN:</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_actions.py" line="26" />
      <source>Change P&amp;IN…</source>
      <translation>Newid y P&amp;IN…</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_actions.py" line="26" />
      <source>Set a P&amp;IN…</source>
      <translation>Gosod P&amp;IN…</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_actions.py" line="35" />
      <source>A sync is running</source>
      <translation>Mae cysoni ar waith</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_actions.py" line="36" />
      <source>The PIN can be changed when the sync has finished.</source>
      <translation>Gellir newid y PIN pan fydd y cysoni wedi gorffen.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_actions.py" line="49" />
      <source>Your PIN is set. Caseworker will ask for it when it opens or unlocks.</source>
      <translation>Mae eich PIN wedi'i osod. Bydd Caseworker yn gofyn amdano pan fydd yn agor neu'n datgloi.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="55" />
      <source>Caseworker will ask for this PIN, as well as your system keyring, whenever it opens or unlocks.</source>
      <translation>Bydd Caseworker yn gofyn am y PIN hwn, yn ogystal â chylch allweddi eich system, bob tro y bydd yn agor neu'n datgloi.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="76" />
      <source>&amp;Show what I type</source>
      <translation>&amp;Dangos yr hyn a deipiaf</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="82" />
      <source>At least {count} characters, not a run like 123456 or a repeat like 000000. It cannot be recovered: if it is forgotten, the store must be synced again.</source>
      <translation>O leiaf {count} nod, nid rhediad fel 123456 nac ailadrodd fel 000000. Ni ellir ei adfer: os caiff ei anghofio, rhaid cysoni'r storfa eto.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="53" />
      <source>Choose a PIN</source>
      <translation>Dewiswch PIN</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="53" />
      <source>Caseworker PIN</source>
      <translation>PIN Caseworker</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="61" />
      <source>This store is protected by a PIN as well as your system keyring. Enter your PIN to open it.</source>
      <translation>Diogelir y storfa hon gan PIN yn ogystal â chylch allweddi eich system. Rhowch eich PIN i'w hagor.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="67" />
      <source>Current PIN</source>
      <translation>PIN presennol</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="68" />
      <source>New PIN</source>
      <translation>PIN newydd</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="69" />
      <source>New PIN again</source>
      <translation>PIN newydd eto</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="74" />
      <source>&amp;New PIN:</source>
      <translation>PIN &amp;newydd:</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="75" />
      <source>New PIN &amp;again:</source>
      <translation>PIN newydd &amp;eto:</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="72" />
      <source>Current &amp;PIN:</source>
      <translation>&amp;PIN presennol:</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="92" />
      <source>Set PIN</source>
      <translation>Gosod PIN</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_dialog.py" line="132" />
      <source>The two new PINs are not the same.</source>
      <translation>Nid yw'r ddau PIN newydd yr un fath.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_flow.py" line="171" />
      <source>Your organisation requires a PIN for Caseworker, as well as your system keyring. Choose one now: Caseworker will ask for it whenever it opens or unlocks.</source>
      <translation>Mae eich sefydliad yn gofyn am PIN ar gyfer Caseworker, yn ogystal â chylch allweddi eich system. Dewiswch un nawr: bydd Caseworker yn gofyn amdano bob tro y bydd yn agor neu'n datgloi.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_flow.py" line="68" />
      <source>You can try again in {seconds} seconds.</source>
      <translation>Gallwch roi cynnig arall ymhen {seconds} eiliad.</translation>
    </message>
    <message>
      <location filename="../../ui/lock/pin_flow.py" line="161" />
      <source>Setting your PIN: the store is being encrypted again…</source>
      <translation>Gosod eich PIN: mae'r storfa'n cael ei hamgryptio eto…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="121" />
      <source>Ready</source>
      <translation>Yn barod</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="143" />
      <source>&amp;File</source>
      <translation>&amp;Ffeil</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="147" />
      <source>&amp;Go</source>
      <translation>&amp;Llywio</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="154" />
      <source>&amp;Help</source>
      <translation>C&amp;ymorth</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="155" />
      <source>&amp;About Caseworker</source>
      <translation>&amp;Ynghylch Caseworker</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>About Caseworker</source>
      <translation>Ynghylch Caseworker</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="129" />
      <source>Development mode: the store key is held in an insecure keyring. Do not use real data.</source>
      <translation>Modd datblygu: mae allwedd y storfa mewn cylch allweddi ansicr. Peidiwch â defnyddio data go iawn.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="135" />
      <source>Warning</source>
      <translation>Rhybudd</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="144" />
      <source>&amp;Quit</source>
      <translation>&amp;Gadael</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="148" />
      <source>&amp;Find a person</source>
      <translation>&amp;Dod o hyd i berson</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="151" />
      <source>&amp;View</source>
      <translation>&amp;Gweld</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="151" />
      <source>&amp;Settings</source>
      <translation>Go&amp;sodiadau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="180" />
      <source>Caseworker joins up what partner agencies share about a person, and shows where every item came from. All data in the sandbox is synthetic.</source>
      <translation>Mae Caseworker yn dod â'r hyn y mae asiantaethau partner yn ei rannu am berson ynghyd, ac yn dangos o ble daeth pob eitem. Mae'r holl ddata yn y blwch tywod yn synthetig.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/actions.py" line="24" />
      <source>Review possible &amp;matches…</source>
      <translation>Adolygu cyfatebiaethau &amp;posibl…</translation>
    </message>
    <message>
      <location filename="../../ui/matches/actions.py" line="45" />
      <source>Review possible &amp;matches ({count})…</source>
      <translation>Adolygu cyfatebiaethau &amp;posibl ({count})…</translation>
    </message>
    <message>
      <location filename="../../ui/matches/actions.py" line="53" />
      <source>{count} possible match waits for review (Ctrl+Shift+M).</source>
      <translation>Mae {count} cyfatebiaeth bosibl yn aros i'w hadolygu (Ctrl+Shift+M).</translation>
    </message>
    <message>
      <location filename="../../ui/matches/actions.py" line="53" />
      <source>{count} possible matches wait for review (Ctrl+Shift+M).</source>
      <translation>Mae {count} cyfatebiaeth bosibl yn aros i'w hadolygu (Ctrl+Shift+M).</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="60" />
      <source>{left} ({left_partner}) and {right} ({right_partner}) — {probability}</source>
      <translation>{left} ({left_partner}) a {right} ({right_partner}) — {probability}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="126" />
      <source>(no name)</source>
      <translation>(dim enw)</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="76" />
      <source>Possible matches to review</source>
      <translation>Cyfatebiaethau posibl i'w hadolygu</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="86" />
      <source>Pairs of records to review</source>
      <translation>Parau o gofnodion i'w hadolygu</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="92" />
      <source>Field by field comparison</source>
      <translation>Cymharu maes wrth faes</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="106" />
      <source>&amp;Same person</source>
      <translation>Yr &amp;un person</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="107" />
      <source>Link these records as one person</source>
      <translation>Cysylltu'r cofnodion hyn fel un person</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="108" />
      <source>&amp;Different people</source>
      <translation>Pobl &amp;wahanol</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="109" />
      <source>Keep them apart; you will not be asked again</source>
      <translation>Eu cadw ar wahân; ni ofynnir i chi eto</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="110" />
      <source>&amp;Undo</source>
      <translation>&amp;Dadwneud</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="111" />
      <source>Take back your last decision here (Ctrl+Z)</source>
      <translation>Tynnu eich penderfyniad olaf yma yn ôl (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="187" />
      <source>Match probability {probability}: between the link and review thresholds, so a person decides.</source>
      <translation>Tebygolrwydd cyfateb {probability}: rhwng y trothwyon cysylltu ac adolygu, felly person sy'n penderfynu.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="218" />
      <source>First record: {a} at {a_partner}. Second record: {b} at {b_partner}.</source>
      <translation>Cofnod cyntaf: {a} yn {a_partner}. Ail gofnod: {b} yn {b_partner}.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="94" />
      <source>Field</source>
      <translation>Maes</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="94" />
      <source>First record</source>
      <translation>Cofnod cyntaf</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="94" />
      <source>Second record</source>
      <translation>Ail gofnod</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="94" />
      <source>They are</source>
      <translation>Maen nhw'n</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="94" />
      <source>Weight</source>
      <translation>Pwysau</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="151" />
      <source>{count} pair of records may be the same person. Compare them and decide; each decision is kept with your name and is never asked again.</source>
      <translation>Gall {count} pâr o gofnodion fod yr un person. Cymharwch nhw a phenderfynwch; mae pob penderfyniad yn cael ei gadw gyda'ch enw ac ni ofynnir eto.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="151" />
      <source>{count} pairs of records may be the same person. Compare them and decide; each decision is kept with your name and is never asked again.</source>
      <translation>Gall {count} pâr o gofnodion fod yr un person. Cymharwch nhw a phenderfynwch; mae pob penderfyniad yn cael ei gadw gyda'ch enw ac ni ofynnir eto.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="159" />
      <source>Nothing to review: every possible match has been decided.</source>
      <translation>Dim i'w adolygu: mae pob cyfatebiaeth bosibl wedi'i phenderfynu.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="211" />
      <source>Adds to the evidence that they are the same person</source>
      <translation>Yn ychwanegu at y dystiolaeth mai'r un person ydynt</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="213" />
      <source>Counts against them being the same person</source>
      <translation>Yn cyfrif yn erbyn mai'r un person ydynt</translation>
    </message>
    <message>
      <location filename="../../ui/opening.py" line="49" />
      <source>Opening the store…</source>
      <translation>Agor y storfa…</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/actions.py" line="21" />
      <source>&amp;Outbox…</source>
      <translation>&amp;Blwch allan…</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="44" />
      <source>Waiting — goes at the next sync</source>
      <translation>Yn aros — yn mynd wrth gysoni nesaf</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="43" />
      <source>Waiting — last try failed: {why}</source>
      <translation>Yn aros — methodd yr ymgais olaf: {why}</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="46" />
      <source>Refused by the partner: {why}</source>
      <translation>Gwrthodwyd gan y partner: {why}</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="48" />
      <source>Lapsed: {why}</source>
      <translation>Wedi dod i ben: {why}</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="65" />
      <source>Items written for partners</source>
      <translation>Eitemau a ysgrifennwyd ar gyfer partneriaid</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="29" />
      <source>Access request</source>
      <translation>Cais am fynediad</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="30" />
      <source>Emergency access alert</source>
      <translation>Rhybudd mynediad brys</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="31" />
      <source>Note</source>
      <translation>Nodyn</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="32" />
      <source>Task</source>
      <translation>Tasg</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="33" />
      <source>Referral</source>
      <translation>Atgyfeiriad</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="34" />
      <source>Audit entry</source>
      <translation>Cofnod archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="35" />
      <source>Multi-agency enquiry</source>
      <translation>Ymholiad amlasiantaethol</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="36" />
      <source>MASH decision</source>
      <translation>Penderfyniad MASH</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="50" />
      <source>Delivered</source>
      <translation>Wedi'i ddanfon</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="51" />
      <source>Delivered — granted</source>
      <translation>Wedi'i ddanfon — caniatawyd</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="52" />
      <source>Delivered — refused</source>
      <translation>Wedi'i ddanfon — gwrthodwyd</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="53" />
      <source>Delivered — answered</source>
      <translation>Wedi'i ddanfon — wedi'i ateb</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="285" />
      <source>Written</source>
      <translation>Ysgrifennwyd</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="66" />
      <source>To</source>
      <translation>At</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="66" />
      <source>State</source>
      <translation>Cyflwr</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="119" />
      <source>Nothing has been written for partners yet.</source>
      <translation>Nid oes dim wedi'i ysgrifennu ar gyfer partneriaid eto.</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="122" />
      <source>{count} item is waiting to be sent; it goes at the next sync and is kept until the partner acknowledges it.</source>
      <translation>Mae {count} eitem yn aros i gael ei hanfon; bydd yn mynd wrth gysoni nesaf ac yn cael ei chadw nes i'r partner ei chydnabod.</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="122" />
      <source>{count} items are waiting to be sent; they go at the next sync and are kept until each partner acknowledges them.</source>
      <translation>Mae {count} eitem yn aros i gael eu hanfon; byddant yn mynd wrth gysoni nesaf ac yn cael eu cadw nes i bob partner eu cydnabod.</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="89" />
      <source>{person}: {items}</source>
      <translation>{person}: {items}</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="92" />
      <source>{count} item</source>
      <translation>{count} eitem</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="92" />
      <source>{count} items</source>
      <translation>{count} eitem</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="94" />
      <source>{count} waiting</source>
      <translation>{count} yn aros</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="91" />
      <source>A record no longer held here</source>
      <translation>Cofnod nad yw'n cael ei gadw yma mwyach</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/actions.py" line="60" />
      <source>CSV files (*.csv)</source>
      <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/actions.py" line="60" />
      <source>PDF files (*.pdf)</source>
      <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/actions.py" line="63" />
      <source>Export the outcome figures</source>
      <translation>Allforio'r ffigurau canlyniadau</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/actions.py" line="36" />
      <source>Outcome &amp;figures…</source>
      <translation>&amp;Ffigurau canlyniadau…</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/actions.py" line="79" />
      <source>The outcome figures are in {file}.</source>
      <translation>Mae'r ffigurau canlyniadau yn {file}.</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/bar_chart.py" line="76" />
      <source>hidden</source>
      <translation>cudd</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/page.py" line="36" />
      <source>Protective marking</source>
      <translation>Marc diogelu</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/page.py" line="53" />
      <source>Everyone held here</source>
      <translation>Pawb a gedwir yma</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/page.py" line="54" />
      <source>The team's caseload</source>
      <translation>Llwyth achosion y tîm</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/page.py" line="56" />
      <source>Figures for</source>
      <translation>Ffigurau ar gyfer</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/page.py" line="60" />
      <source>Figures &amp;for:</source>
      <translation>Ffigurau &amp;ar gyfer:</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/page.py" line="69" />
      <source>Anonymised figures over everyone this store holds, from the records you may see. Counts from 1 to 4 show as {small}; {hidden} hides a count that would let a small one be worked out from a total. No figure identifies anyone.</source>
      <translation>Ffigurau dienw ar draws pawb y mae'r storfa hon yn eu cadw, o'r cofnodion y cewch eu gweld. Dangosir cyfrifon o 1 i 4 fel {small}; mae {hidden} yn cuddio cyfrif a fyddai'n gadael i gyfrif bach gael ei gyfrifo o gyfanswm. Nid oes unrhyw ffigur yn adnabod neb.</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/page.py" line="105" />
      <source>Export &amp;CSV…</source>
      <translation>Allforio &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../ui/outcomes/page.py" line="106" />
      <source>Export &amp;PDF…</source>
      <translation>Allforio &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/partners/actions.py" line="89" />
      <source>{kind}: {read} read, {kept} would be kept, {withheld} withheld, {quarantined} quarantined.</source>
      <translation>{kind}: {read} wedi'u darllen, {kept} i'w cadw, {withheld} wedi'u dal yn ôl, {quarantined} mewn cwarantîn.</translation>
    </message>
    <message>
      <location filename="../../ui/partners/actions.py" line="100" />
      <source>Problem: {problem}</source>
      <translation>Problem: {problem}</translation>
    </message>
    <message>
      <location filename="../../ui/partners/actions.py" line="106" />
      <source>Remove partner</source>
      <translation>Tynnu partner</translation>
    </message>
    <message>
      <location filename="../../ui/partners/actions.py" line="107" />
      <source>Remove {partner}, and everything it has shared from this computer?</source>
      <translation>Tynnu {partner}, a phopeth y mae wedi'i rannu, o'r cyfrifiadur hwn?</translation>
    </message>
    <message>
      <location filename="../../ui/partners/actions.py" line="29" />
      <source>Par&amp;tners…</source>
      <translation>Par&amp;tneriaid…</translation>
    </message>
    <message>
      <location filename="../../ui/partners/actions.py" line="64" />
      <source>Checking {partner}…</source>
      <translation>Yn gwirio {partner}…</translation>
    </message>
    <message>
      <location filename="../../ui/partners/actions.py" line="74" />
      <source>{partner}: {error}</source>
      <translation>{partner}: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/partners/actions.py" line="81" />
      <source>{partner} answered in {seconds:.2f} s. Agreements in force: {agreements}.</source>
      <translation>Atebodd {partner} mewn {seconds:.2f} e. Cytundebau mewn grym: {agreements}.</translation>
    </message>
    <message>
      <location filename="../../ui/partners/actions.py" line="85" />
      <source>none</source>
      <translation>dim</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="25" />
      <source>Identifier</source>
      <translation>Dynodydd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="364" />
      <source>Agency</source>
      <translation>Asiantaeth</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="33" />
      <source>Protocol</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="34" />
      <source>HL7 FHIR R4</source>
      <translation>HL7 FHIR R4</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="35" />
      <source>Case Sharing</source>
      <translation>Rhannu Achosion</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="37" />
      <source>Agreement signing key</source>
      <translation>Allwedd llofnodi cytundebau</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="39" />
      <source>Authentication</source>
      <translation>Dilysu</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="46" />
      <source>Token address</source>
      <translation>Cyfeiriad y tocyn</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="47" />
      <source>Client id</source>
      <translation>Dynodydd y cleient</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="48" />
      <source>API key or client secret</source>
      <translation>Allwedd API neu gyfrinach cleient</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="51" />
      <source>Kept in the system keyring; leave empty to keep the current one</source>
      <translation>Yn cael ei chadw yng nghylch allweddi'r system; gadewch yn wag i gadw'r un bresennol</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="53" />
      <source>CA bundle file</source>
      <translation>Ffeil bwndel CA</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="55" />
      <source>Client certificate file</source>
      <translation>Ffeil tystysgrif cleient</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="23" />
      <source>Edit partner</source>
      <translation>Golygu partner</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="23" />
      <source>Add a partner</source>
      <translation>Ychwanegu partner</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="41" />
      <source>None</source>
      <translation>Dim</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="42" />
      <source>API key</source>
      <translation>Allwedd API</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="43" />
      <source>OAuth2 client credentials</source>
      <translation>Manylion cleient OAuth2</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="64" />
      <source>&amp;Identifier:</source>
      <translation>&amp;Dynodydd:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="65" />
      <source>&amp;Name:</source>
      <translation>&amp;Enw:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="66" />
      <source>A&amp;gency:</source>
      <translation>&amp;Asiantaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="67" />
      <source>&amp;Protocol:</source>
      <translation>&amp;Protocol:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="68" />
      <source>A&amp;ddress:</source>
      <translation>C&amp;yfeiriad:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="69" />
      <source>Signing &amp;key:</source>
      <translation>Allwedd &amp;llofnodi:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="70" />
      <source>A&amp;uthentication:</source>
      <translation>D&amp;ilysu:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="71" />
      <source>&amp;Token address:</source>
      <translation>Cyfeiriad y &amp;tocyn:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="72" />
      <source>&amp;Client id:</source>
      <translation>Dynodydd y &amp;cleient:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="73" />
      <source>&amp;Secret:</source>
      <translation>Cyf&amp;rinach:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="74" />
      <source>CA &amp;bundle:</source>
      <translation>&amp;Bwndel CA:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/form.py" line="75" />
      <source>Client ce&amp;rtificate:</source>
      <translation>Ty&amp;stysgrif cleient:</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="24" />
      <source>Not synced yet</source>
      <translation>Heb gysoni eto</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="31" />
      <source>Synced {time}</source>
      <translation>Cysonwyd {time}</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="27" />
      <source>Failing — next try {time}</source>
      <translation>Yn methu — cynnig nesaf {time}</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="55" />
      <source>Partner check result</source>
      <translation>Canlyniad gwirio'r partner</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="50" />
      <source>Sign-in</source>
      <translation>Mewngofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="58" />
      <source>&amp;Add…</source>
      <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="59" />
      <source>&amp;Edit…</source>
      <translation>&amp;Golygu…</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="60" />
      <source>&amp;Test</source>
      <translation>&amp;Profi</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="61" />
      <source>&amp;Remove…</source>
      <translation>&amp;Tynnu…</translation>
    </message>
    <message>
      <location filename="../../ui/partners/page.py" line="62" />
      <source>&amp;Close</source>
      <translation>&amp;Cau</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_actions.py" line="42" />
      <source>What the access &amp;labels mean</source>
      <translation>Beth mae'r &amp;labeli mynediad yn ei olygu</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_actions.py" line="50" />
      <source>What the access labels mean</source>
      <translation>Beth mae'r labeli mynediad yn ei olygu</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_actions.py" line="68" />
      <source>this person</source>
      <translation>y person hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_actions.py" line="121" />
      <source>Save the explanation to print</source>
      <translation>Cadw'r esboniad i'w argraffu</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_actions.py" line="93" />
      <source>this user</source>
      <translation>y defnyddiwr hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_actions.py" line="132" />
      <source>Saved to print: {file}</source>
      <translation>Wedi'i gadw i'w argraffu: {file}</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_actions.py" line="104" />
      <source>Consent recorded.</source>
      <translation>Caniatâd wedi'i gofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="33" />
      <source>you may see the value as the provider holds it (no label shown)</source>
      <translation>gallwch weld y gwerth fel y mae gan y darparwr (ni ddangosir label)</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="34" />
      <source>your organisation's own record (no label shown)</source>
      <translation>cofnod eich sefydliad eich hun (ni ddangosir label)</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="38" />
      <source>only a stated part: year of birth, postcode district, category or initials</source>
      <translation>dim ond rhan benodol: blwyddyn geni, ardal cod post, categori neu lythrennau blaen</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="40" />
      <source>it exists; the provider releases it if you ask, with a reason</source>
      <translation>mae'n bodoli; mae'r darparwr yn ei ryddhau os gofynnwch, gyda rheswm</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="44" />
      <source>shared only while the citizen's consent is recorded as given</source>
      <translation>wedi'i rannu dim ond tra bo caniatâd y dinesydd wedi'i gofnodi fel un a roddwyd</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="46" />
      <source>may be seen in an emergency, with a recorded reason</source>
      <translation>gellir ei weld mewn argyfwng, gyda rheswm wedi'i gofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="47" />
      <source>the agreement that shared it is no longer in force</source>
      <translation>nid yw'r cytundeb a'i rhannodd mewn grym mwyach</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="48" />
      <source>no agreement shares it with your organisation and role</source>
      <translation>nid oes cytundeb yn ei rannu â'ch sefydliad a'ch rôl</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="76" />
      <source>What do these labels &amp;mean?</source>
      <translation>Beth yw ystyr y labeli &amp;hyn?</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="84" />
      <source>What each provider shares with you, and why</source>
      <translation>Beth mae pob darparwr yn ei rannu â chi, a pham</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="87" />
      <source>A blank cell is shared with you in full; only the exceptions are marked.</source>
      <translation>Mae cell wag wedi'i rhannu â chi yn llawn; dim ond yr eithriadau sydd wedi'u nodi.</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="91" />
      <source>Access to each field, by provider</source>
      <translation>Mynediad i bob maes, fesul darparwr</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="97" />
      <source>Records held back</source>
      <translation>Cofnodion a ddelir yn ôl</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="112" />
      <source>Record &amp;consent…</source>
      <translation>Cofnodi &amp;caniatâd…</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="113" />
      <source>Record the citizen's consent decision for a provider</source>
      <translation>Cofnodi penderfyniad caniatâd y dinesydd ar gyfer darparwr</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="263" />
      <source>Provider</source>
      <translation>Darparwr</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="264" />
      <source>Purpose</source>
      <translation>Diben</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="106" />
      <source>Recorded by</source>
      <translation>Cofnodwyd gan</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="268" />
      <source>How</source>
      <translation>Sut</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="164" />
      <source>Lawful basis — {providers}.</source>
      <translation>Sail gyfreithlon — {providers}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="169" />
      <source>No partner shares records of this person.</source>
      <translation>Nid oes partner yn rhannu cofnodion am yr unigolyn hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="178" />
      <source>{count} record from {partner} is held back — {why} (clause {clause}).</source>
      <translation>Mae {count} cofnod gan {partner} yn cael ei ddal yn ôl — {why} (cymal {clause}).</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="178" />
      <source>{count} records from {partner} are held back — {why} (clause {clause}).</source>
      <translation>Mae {count} cofnod gan {partner} yn cael eu dal yn ôl — {why} (cymal {clause}).</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="188" />
      <source>Nothing held for this person is held back from you.</source>
      <translation>Nid oes dim a gedwir am y person hwn yn cael ei ddal yn ôl oddi wrthych.</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="193" />
      <source>{count} consent decision on record:</source>
      <translation>{count} penderfyniad caniatâd ar gofnod:</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="193" />
      <source>{count} consent decisions on record:</source>
      <translation>{count} penderfyniad caniatâd ar gofnod:</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="199" />
      <source>No consent decisions are on record for this person.</source>
      <translation>Nid oes penderfyniadau caniatâd ar gofnod ar gyfer y person hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="30" />
      <source>Looked at the front door ({count} open contacts)</source>
      <translation>Edrych ar y drws ffrynt ({count} cyswllt agored)</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="46" />
      <source>Recorded the front door's decision</source>
      <translation>Cofnodi penderfyniad y drws ffrynt</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="48" />
      <source>Looked at emerging needs ({count} households)</source>
      <translation>Edrych ar anghenion sy'n dod i'r amlwg ({count} aelwyd)</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="50" />
      <source>Saw {count} of their risks on the page of someone in their household</source>
      <translation>Gwelodd {count} o'u risgiau ar dudalen rhywun yn eu haelwyd</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="55" />
      <source>Opened the record</source>
      <translation>Agorodd y cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="57" />
      <source>Dismissed the household from emerging needs: {reason}</source>
      <translation>Diystyru'r aelwyd o'r anghenion sy'n dod i'r amlwg: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="74" />
      <source>Exported the {what} as {format}</source>
      <translation>Allforiodd y {what} fel {format}</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="76" />
      <source>Asked {partner} to release “{field}”</source>
      <translation>Gofynnodd i {partner} ryddhau “{field}”</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="82" />
      <source>Used emergency access to {partner}'s information</source>
      <translation>Defnyddiodd fynediad brys i wybodaeth {partner}</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="95" />
      <source>Recorded consent {state} for {partner}</source>
      <translation>Cofnododd ganiatâd {state} ar gyfer {partner}</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="111" />
      <source>Revealed “{field}”</source>
      <translation>Datgelodd “{field}”</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="38" />
      <source>Changed a contact</source>
      <translation>Newid cyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="44" />
      <source>Changed a multi-agency enquiry</source>
      <translation>Newid ymholiad amlasiantaethol</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="66" />
      <source>chronology</source>
      <translation>gronoleg</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="69" />
      <source>The {what} ({format}) was saved</source>
      <translation>Cadwyd y {what} ({format})</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="71" />
      <source>The {what} ({format}) could not be saved: nothing was left</source>
      <translation>Nid oedd modd cadw'r {what} ({format}): ni adawyd dim</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="93" />
      <source>Marked a task done</source>
      <translation>Nododd fod tasg wedi'i gwneud</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="93" />
      <source>Reopened a task</source>
      <translation>Ailagorodd dasg</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="101" />
      <source>Started following</source>
      <translation>Dechreuodd ddilyn</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="101" />
      <source>Stopped following</source>
      <translation>Peidiodd â dilyn</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="109" />
      <source>Changed which records are this person</source>
      <translation>Newidiodd pa gofnodion yw'r person hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="122" />
      <source>Who used this record</source>
      <translation>Pwy a ddefnyddiodd y cofnod hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="125" />
      <source>Every view, search and export of this record is listed here.</source>
      <translation>Rhestrir yma bob tro y gwelwyd, y chwiliwyd ac yr allforiwyd y cofnod hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="148" />
      <source>{count} action on this record is in the audit log, newest first. Every opening, export and change is recorded and cannot be altered.</source>
      <translation>Mae {count} weithred ar y cofnod hwn yn y log archwilio, y diweddaraf yn gyntaf. Mae pob agor, allforio a newid yn cael ei gofnodi ac ni ellir ei newid.</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="148" />
      <source>{count} actions on this record are in the audit log, newest first. Every opening, export and change is recorded and cannot be altered.</source>
      <translation>Mae {count} gweithred ar y cofnod hwn yn y log archwilio, y diweddaraf yn gyntaf. Mae pob agor, allforio a newid yn cael ei gofnodi ac ni ellir ei newid.</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="88" />
      <source>Wrote a case note</source>
      <translation>Ysgrifennodd nodyn achos</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="89" />
      <source>Set a task</source>
      <translation>Gosododd dasg</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="90" />
      <source>Made a referral</source>
      <translation>Gwnaeth atgyfeiriad</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="33" />
      <source>Recorded a contact</source>
      <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="34" />
      <source>Said who the child in a contact is</source>
      <translation>Dweud pwy yw'r plentyn mewn cyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="35" />
      <source>Said the child in a contact is not known here</source>
      <translation>Dweud nad yw'r plentyn mewn cyswllt yn hysbys yma</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="36" />
      <source>Rated a contact {rating}</source>
      <translation>Graddio cyswllt yn {rating}</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="37" />
      <source>Read a contact</source>
      <translation>Darllen cyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="41" />
      <source>Asked partner agencies what they know (a multi-agency enquiry)</source>
      <translation>Gofyn i asiantaethau partner beth a wyddant (ymholiad amlasiantaethol)</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="42" />
      <source>A partner agency answered a multi-agency enquiry</source>
      <translation>Atebodd asiantaeth bartner ymholiad amlasiantaethol</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="43" />
      <source>Read a multi-agency enquiry</source>
      <translation>Darllen ymholiad amlasiantaethol</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="62" />
      <source>subject access report</source>
      <translation>adroddiad mynediad at ddata</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="63" />
      <source>data-flow register</source>
      <translation>gofrestr llif data</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="64" />
      <source>outcome figures</source>
      <translation>ffigurau canlyniadau</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="65" />
      <source>consent explanation</source>
      <translation>esboniad caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="104" />
      <source>Confirmed records as the same person</source>
      <translation>Cadarnhaodd mai'r un person yw'r cofnodion</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="105" />
      <source>Decided records are different people</source>
      <translation>Penderfynodd mai pobl wahanol yw'r cofnodion</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="106" />
      <source>Undid a linking decision</source>
      <translation>Dadwnaeth benderfyniad cysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="107" />
      <source>Linked another person's records in by hand</source>
      <translation>Cysylltodd gofnodion person arall â llaw</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="108" />
      <source>Unlinked a record</source>
      <translation>Datgysylltodd gofnod</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="37" />
      <source>Words in the event or its details</source>
      <translation>Geiriau yn y digwyddiad neu ei fanylion</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="38" />
      <source>Search the chronology</source>
      <translation>Chwilio'r gronoleg</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="40" />
      <source>Sear&amp;ch:</source>
      <translation>&amp;Chwilio:</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="44" />
      <source>Age&amp;ncy:</source>
      <translation>&amp;Asiantaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="47" />
      <source>Type of entry</source>
      <translation>Math o gofnod</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="48" />
      <source>Typ&amp;e:</source>
      <translation>&amp;Math:</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="50" />
      <source>From date</source>
      <translation>O ddyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="51" />
      <source>To date</source>
      <translation>Hyd at ddyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="52" />
      <source>Fro&amp;m:</source>
      <translation>&amp;O:</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="54" />
      <source>&amp;Up to:</source>
      <translation>&amp;Hyd at:</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="56" />
      <source>Significant onl&amp;y</source>
      <translation>Arwyddocaol yn &amp;unig</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="57" />
      <source>Significant events only</source>
      <translation>Digwyddiadau arwyddocaol yn unig</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="58" />
      <source>E&amp;xport…</source>
      <translation>Allfo&amp;rio…</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="59" />
      <source>Save the entries shown as PDF or CSV</source>
      <translation>Cadw'r cofnodion a ddangosir fel PDF neu CSV</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="92" />
      <source>any</source>
      <translation>unrhyw</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="109" />
      <source>All agencies</source>
      <translation>Pob asiantaeth</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_bar.py" line="121" />
      <source>All types</source>
      <translation>Pob math</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="68" />
      <source>MASH research: {summary}</source>
      <translation>Ymchwil MASH: {summary}</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_model.py" line="114" />
      <source>From {partner} ({agency}), record {record}</source>
      <translation>Gan {partner} ({agency}), cofnod {record}</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_model.py" line="97" />
      <source>What happened</source>
      <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="222" />
      <source>Details</source>
      <translation>Manylion</translation>
    </message>
    <message>
      <location filename="../../ui/person/chronology_model.py" line="100" />
      <source>Significant</source>
      <translation>Arwyddocaol</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="48" />
      <source>Record consent</source>
      <translation>Cofnodi caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="50" />
      <source>Record what {name} decided about a partner sharing their records. A withdrawal hides what needs consent straight away.</source>
      <translation>Cofnodwch beth benderfynodd {name} am bartner yn rhannu eu cofnodion. Mae tynnu caniatâd yn ôl yn cuddio'r hyn sydd angen caniatâd ar unwaith.</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="70" />
      <source>How it was given</source>
      <translation>Sut y'i rhoddwyd</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="81" />
      <source>Language of the explanation</source>
      <translation>Iaith yr esboniad</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="95" />
      <source>&amp;Partner:</source>
      <translation>&amp;Partner:</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="96" />
      <source>P&amp;urpose:</source>
      <translation>&amp;Diben:</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="98" />
      <source>&amp;How:</source>
      <translation>&amp;Sut:</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="99" />
      <source>E&amp;xplain in:</source>
      <translation>Esbon&amp;io yn:</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="101" />
      <source>What they are agreeing to</source>
      <translation>Yr hyn y maent yn cytuno iddo</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="106" />
      <source>Save to p&amp;rint…</source>
      <translation>Cadw i'w a&amp;rgraffu…</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="107" />
      <source>Save the explanation as a PDF to print and give them</source>
      <translation>Cadw'r esboniad fel PDF i'w argraffu a'i roi iddynt</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="118" />
      <source>What they are &amp;agreeing to (read it to them, or print it):</source>
      <translation>Yr hyn y maent yn cy&amp;tuno iddo (darllenwch ef iddynt, neu ei argraffu):</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="88" />
      <source>{name} prefers {language}.</source>
      <translation>Mae'n well gan {name} {language}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="74" />
      <source>Verbally</source>
      <translation>Ar lafar</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="75" />
      <source>In writing</source>
      <translation>Yn ysgrifenedig</translation>
    </message>
    <message>
      <location filename="../../ui/person/consent_dialog.py" line="76" />
      <source>Electronically</source>
      <translation>Yn electronig</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="29" />
      <source>on {date}</source>
      <translation>ar {date}</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="26" />
      <source>today at {time}</source>
      <translation>heddiw am {time}</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="28" />
      <source>yesterday at {time}</source>
      <translation>ddoe am {time}</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="88" />
      <source>Last updated: {agencies}</source>
      <translation>Diweddarwyd ddiwethaf: {agencies}</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="40" />
      <source>{partner}: what is shown may be out of date. The last sync failed; its picture was last updated {when}.</source>
      <translation>{partner}: gall yr hyn a ddangosir fod wedi dyddio. Methodd y cysoni diwethaf; diweddarwyd ei ddarlun ddiwethaf {when}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="47" />
      <source>{partner} could not be synced: it may hold information about this person that is not shown.</source>
      <translation>Nid oedd modd cysoni {partner}: gall fod ganddo wybodaeth am yr unigolyn hwn nad yw'n cael ei dangos.</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="61" />
      <source>{partner} has not synced yet: it may hold information about this person that is not shown. Sync now (F5).</source>
      <translation>Nid yw {partner} wedi cysoni eto: gall fod ganddo wybodaeth am yr unigolyn hwn nad yw'n cael ei dangos. Cysoni nawr (F5).</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="67" />
      <source>{partner} last updated its picture {when}: this may be out of date. Sync now (F5).</source>
      <translation>Diweddarodd {partner} ei ddarlun ddiwethaf {when}: gall hyn fod wedi dyddio. Cysoni nawr (F5).</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="81" />
      <source>Last updated: all {count} agencies {when}.</source>
      <translation>Diweddarwyd ddiwethaf: pob un o'r {count} asiantaeth {when}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="86" />
      <source>never synced</source>
      <translation>heb gysoni erioed</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="98" />
      <source>How current this is</source>
      <translation>Pa mor gyfredol yw hyn</translation>
    </message>
    <message>
      <location filename="../../ui/person/currency_banner.py" line="56" />
      <source>{partner} is still arriving (first sync): it may hold information about this person that is not shown yet.</source>
      <translation>Mae {partner} yn dal i gyrraedd (cysoni cyntaf): gall fod ganddo wybodaeth am yr unigolyn hwn nad yw'n cael ei dangos eto.</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="28" />
      <source>Write a note about {person}</source>
      <translation>Ysgrifennu nodyn am {person}</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="29" />
      <source>Add a task for {person}</source>
      <translation>Ychwanegu tasg ar gyfer {person}</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="30" />
      <source>Refer {person} to an agency</source>
      <translation>Atgyfeirio {person} at asiantaeth</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="33" />
      <source>Routine</source>
      <translation>Arferol</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="34" />
      <source>Urgent: within one working day</source>
      <translation>Brys: o fewn un diwrnod gwaith</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="35" />
      <source>Immediate: a child may be at risk now</source>
      <translation>Ar unwaith: gall plentyn fod mewn perygl nawr</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="37" />
      <source>routine</source>
      <translation>arferol</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="37" />
      <source>urgent</source>
      <translation>brys</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="37" />
      <source>immediate</source>
      <translation>ar unwaith</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="40" />
      <source>Public task: to assess and meet the child's needs (s17)</source>
      <translation>Tasg gyhoeddus: asesu a diwallu anghenion y plentyn (a17)</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="41" />
      <source>Consent: the family agreed to this referral</source>
      <translation>Caniatâd: cytunodd y teulu i'r atgyfeiriad hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="42" />
      <source>Without consent: to protect a child from significant harm (s47)</source>
      <translation>Heb ganiatâd: i ddiogelu plentyn rhag niwed sylweddol (a47)</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="95" />
      <source>Owner</source>
      <translation>Perchennog</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="96" />
      <source>Urgency</source>
      <translation>Brys</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="192" />
      <source>Lawful basis</source>
      <translation>Sail gyfreithlon</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="101" />
      <source>Due date</source>
      <translation>Dyddiad cau</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="151" />
      <source>What you write goes to the chosen agencies at the next sync.</source>
      <translation>Bydd yr hyn a ysgrifennwch yn mynd i'r asiantaethau a ddewiswyd wrth gysoni nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="111" />
      <source>Agencies that may see it (none: our team only):</source>
      <translation>Asiantaethau a gaiff ei weld (dim: ein tîm ni yn unig):</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="119" />
      <source>&amp;Agency:</source>
      <translation>&amp;Asiantaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="123" />
      <source>&amp;Urgency:</source>
      <translation>&amp;Brys:</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="126" />
      <source>&amp;Basis for sharing:</source>
      <translation>&amp;Sail dros rannu:</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="130" />
      <source>&amp;Owner:</source>
      <translation>&amp;Perchennog:</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="133" />
      <source>D&amp;ue:</source>
      <translation>Dyddiad &amp;cau:</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="81" />
      <source>What needs doing</source>
      <translation>Beth sydd angen ei wneud</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="81" />
      <source>Reason</source>
      <translation>Rheswm</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="85" />
      <source>&amp;Note:</source>
      <translation>&amp;Nodyn:</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="85" />
      <source>&amp;What needs doing:</source>
      <translation>&amp;Beth sydd angen ei wneud:</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="85" />
      <source>&amp;Why:</source>
      <translation>Pa&amp;m:</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="108" />
      <source>Share with {agency}</source>
      <translation>Rhannu â {agency}</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="116" />
      <source>Our team</source>
      <translation>Ein tîm</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="138" />
      <source>Save note</source>
      <translation>Cadw'r nodyn</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="138" />
      <source>Add task</source>
      <translation>Ychwanegu tasg</translation>
    </message>
    <message>
      <location filename="../../ui/person/entry_dialog.py" line="138" />
      <source>Send referral</source>
      <translation>Anfon atgyfeiriad</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="158" />
      <source>person {id}</source>
      <translation>unigolyn {id}</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="47" />
      <source>Subject &amp;access report…</source>
      <translation>Adroddiad &amp;mynediad at ddata…</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="56" />
      <source>Personal data is leaving the encrypted store</source>
      <translation>Mae data personol yn gadael y storfa wedi'i hamgryptio</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="57" />
      <source>The file will hold {what} outside Caseworker's encrypted store. Keep it only as long as you need it and share it only under your data-sharing agreements. The export is recorded in the audit log.</source>
      <translation>Bydd y ffeil yn cynnwys {what} y tu allan i storfa Caseworker wedi'i hamgryptio. Cadwch hi dim ond cyhyd ag y mae ei hangen arnoch a'i rhannu o dan eich cytundebau rhannu data yn unig. Mae'r allforio'n cael ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="75" />
      <source>Export chronology</source>
      <translation>Allforio'r gronoleg</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="77" />
      <source>PDF document (*.pdf);;CSV spreadsheet (*.csv)</source>
      <translation>Dogfen PDF (*.pdf);;Taenlen CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="110" />
      <source>Subject access report</source>
      <translation>Adroddiad mynediad at ddata</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="112" />
      <source>PDF document (*.pdf);;Web page (*.html)</source>
      <translation>Dogfen PDF (*.pdf);;Tudalen we (*.html)</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="133" />
      <source>Language of the report</source>
      <translation>Iaith yr adroddiad</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="134" />
      <source>Which language should the subject access report be in?</source>
      <translation>Ym mha iaith y dylai'r adroddiad mynediad at ddata fod?</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="45" />
      <source>&amp;Export chronology…</source>
      <translation>&amp;Allforio'r gronoleg…</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="71" />
      <source>Open a person first.</source>
      <translation>Agorwch berson yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="82" />
      <source>{count} chronology entries about this person</source>
      <translation>{count} cofnod cronoleg am y person hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="92" />
      <source>Chronology saved to {file}.</source>
      <translation>Cadwyd y gronoleg yn {file}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="115" />
      <source>everything held about this person</source>
      <translation>popeth a gedwir am y person hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/export_actions.py" line="126" />
      <source>Report saved to {file}.</source>
      <translation>Cadwyd yr adroddiad yn {file}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/link_actions.py" line="47" />
      <source>Unlink a record</source>
      <translation>Datgysylltu cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/person/link_actions.py" line="48" />
      <source>The record leaves this person's view at once, with anything that was linked in with it, and the two are kept apart from now on.</source>
      <translation>Mae'r cofnod yn gadael golwg y person hwn ar unwaith, gydag unrhyw beth a gysylltwyd gydag ef, ac mae'r ddau'n cael eu cadw ar wahân o hyn ymlaen.</translation>
    </message>
    <message>
      <location filename="../../ui/person/link_actions.py" line="52" />
      <source>Unlink</source>
      <translation>Datgysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/person/link_actions.py" line="89" />
      <source>Link as one person?</source>
      <translation>Cysylltu fel un person?</translation>
    </message>
    <message>
      <location filename="../../ui/person/link_actions.py" line="90" />
      <source>Link {other} into {this}'s view as the same person? You can unlink them again from the Records tab.</source>
      <translation>Cysylltu {other} â golwg {this} fel yr un person? Gallwch eu datgysylltu eto o'r tab Cofnodion.</translation>
    </message>
    <message>
      <location filename="../../ui/person/link_actions.py" line="54" />
      <source>&amp;Why is it not this person? (kept on record)</source>
      <translation>&amp;Pam nad y person hwn ydyw? (yn cael ei gadw ar gofnod)</translation>
    </message>
    <message>
      <location filename="../../ui/person/link_actions.py" line="63" />
      <source>Record unlinked: it now shows as a separate person.</source>
      <translation>Cofnod wedi'i ddatgysylltu: mae bellach yn dangos fel person ar wahân.</translation>
    </message>
    <message>
      <location filename="../../ui/person/narrative_dialog.py" line="30" />
      <source>{title}, {date}, shared by {partner} ({agency}), record {record}</source>
      <translation>{title}, {date}, a rannwyd gan {partner} ({agency}), cofnod {record}</translation>
    </message>
    <message>
      <location filename="../../ui/person/narrative_dialog.py" line="42" />
      <source>Narrative</source>
      <translation>Naratif</translation>
    </message>
    <message>
      <location filename="../../ui/person/narrative_dialog.py" line="45" />
      <source>Reading this in full is recorded in the audit log.</source>
      <translation>Cofnodir darllen hwn yn llawn yn y log archwilio.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="34" />
      <source>Done</source>
      <translation>Wedi'i gwneud</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="36" />
      <source>Overdue</source>
      <translation>Yn hwyr</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="154" />
      <source>{count} entry.</source>
      <translation>{count} cofnod.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="154" />
      <source>{count} entries.</source>
      <translation>{count} cofnod.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="55" />
      <source>Team notes, tasks and referrals</source>
      <translation>Nodiadau, tasgau ac atgyfeiriadau'r tîm</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="72" />
      <source>Notes, tasks and referrals the team writes about this person appear here, with who wrote them and which agencies they went to.</source>
      <translation>Mae nodiadau, tasgau ac atgyfeiriadau y mae'r tîm yn eu hysgrifennu am yr unigolyn hwn yn ymddangos yma, gyda phwy a'u hysgrifennodd ac i ba asiantaethau yr aethant.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="77" />
      <source>&amp;Write a note…</source>
      <translation>Ysgrif&amp;ennu nodyn…</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="78" />
      <source>A case note, shared with the agencies you choose</source>
      <translation>Nodyn achos, wedi'i rannu â'r asiantaethau a ddewiswch</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="79" />
      <source>Add a tas&amp;k…</source>
      <translation>Ychwanegu &amp;tasg…</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="80" />
      <source>Something someone must do, with an owner and a due date</source>
      <translation>Rhywbeth y mae'n rhaid i rywun ei wneud, gyda pherchennog a dyddiad cau</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="81" />
      <source>R&amp;efer to an agency…</source>
      <translation>&amp;Atgyfeirio at asiantaeth…</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="82" />
      <source>Ask a partner agency to act, with the reason</source>
      <translation>Gofyn i asiantaeth bartner weithredu, gyda'r rheswm</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="83" />
      <source>Mark &amp;done</source>
      <translation>Nodi ei bod &amp;wedi'i gwneud</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="84" />
      <source>Mark the selected task as done</source>
      <translation>Nodi bod y dasg a ddewiswyd wedi'i gwneud</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="153" />
      <source>No notes, tasks or referrals yet.</source>
      <translation>Dim nodiadau, tasgau nac atgyfeiriadau eto.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="38" />
      <source>Our team only</source>
      <translation>Ein tîm ni yn unig</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="39" />
      <source>Goes at the next sync</source>
      <translation>Yn mynd wrth gysoni nesaf</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="57" />
      <source>Written by, on</source>
      <translation>Ysgrifennwyd gan, ar</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="285" />
      <source>Text</source>
      <translation>Testun</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="61" />
      <source>Owner and due</source>
      <translation>Perchennog a dyddiad cau</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="139" />
      <source>Written by {author} at {when}</source>
      <translation>Ysgrifennwyd gan {author} am {when}</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="158" />
      <source>{count} open task</source>
      <translation>{count} dasg ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="158" />
      <source>{count} open tasks</source>
      <translation>{count} tasg ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="41" />
      <source>Refused by a partner: see the Outbox</source>
      <translation>Gwrthodwyd gan bartner: gweler y Blwch allan</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="117" />
      <source>{author}, {when}</source>
      <translation>{author}, {when}</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="159" />
      <source>({count} overdue).</source>
      <translation>({count} yn hwyr).</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="109" />
      <source>due {date}</source>
      <translation>erbyn {date}</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="170" />
      <source>Needs and risks by domain</source>
      <translation>Anghenion a risgiau fesul maes</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="55" />
      <source>No current needs or risks are recorded by the partners who share with you.</source>
      <translation>Nid oes anghenion na risgiau cyfredol wedi'u cofnodi gan y partneriaid sy'n rhannu â chi.</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="60" />
      <source>When each agency last updated its picture</source>
      <translation>Pryd y diweddarodd pob asiantaeth ei darlun ddiwethaf</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="64" />
      <source>What happened in the last 90 days</source>
      <translation>Beth ddigwyddodd yn y 90 diwrnod diwethaf</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="68" />
      <source>Newest first; the Chronology tab has everything</source>
      <translation>Y diweddaraf yn gyntaf; mae popeth ar y tab Cronoleg</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="71" />
      <source>Nothing recorded in the last 90 days; older events are in the Chronology.</source>
      <translation>Dim wedi'i gofnodi yn y 90 diwrnod diwethaf; mae digwyddiadau hŷn yn y Cronoleg.</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="129" />
      <source>Last 90 days: {count} event</source>
      <translation>Y 90 diwrnod diwethaf: {count} digwyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="129" />
      <source>Last 90 days: {count} events</source>
      <translation>Y 90 diwrnod diwethaf: {count} digwyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="179" />
      <source>{kind} ({severity})</source>
      <translation>{kind} ({severity})</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="197" />
      <source>Record {record} from {partner}</source>
      <translation>Cofnod {record} gan {partner}</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="41" />
      <source>Need or risk</source>
      <translation>Angen neu risg</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="42" />
      <source>Type</source>
      <translation>Math</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="43" />
      <source>Since</source>
      <translation>Ers</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="140" />
      <source>Last 90 days: nothing recorded. The newest event: {date}, {agency}: {what}.</source>
      <translation>Y 90 diwrnod diwethaf: dim wedi'i gofnodi. Y digwyddiad diweddaraf: {date}, {agency}: {what}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="147" />
      <source>Last 90 days: nothing recorded.</source>
      <translation>Y 90 diwrnod diwethaf: dim wedi'i gofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="166" />
      <source>{person}: {risk}</source>
      <translation>{person}: {risk}</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="133" />
      <source>(the newest {shown}; the Chronology has the rest)</source>
      <translation>(y {shown} diweddaraf; mae'r gweddill yn y Gronoleg)</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="161" />
      <source>In the household ({count})</source>
      <translation>Yn yr aelwyd ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="80" />
      <source>{year} (year only)</source>
      <translation>{year} (y flwyddyn yn unig)</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="121" />
      <source>Person's name</source>
      <translation>Enw'r person</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="131" />
      <source>Be told when a partner brings new information about this person</source>
      <translation>Cael gwybod pan fydd partner yn dod â gwybodaeth newydd am y person hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="133" />
      <source>Follow this person</source>
      <translation>Dilyn y person hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="145" />
      <source>Risk flags</source>
      <translation>Baneri risg</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="149" />
      <source>Consent summary</source>
      <translation>Crynodeb caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="153" />
      <source>Lead professional and team</source>
      <translation>Gweithiwr proffesiynol arweiniol a'r tîm</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="161" />
      <source>Citizen record sections</source>
      <translation>Adrannau cofnod y dinesydd</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="162" />
      <source>Sections of the record</source>
      <translation>Adrannau'r cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="169" />
      <source>Multi-agency chronology</source>
      <translation>Cronoleg amlasiantaethol</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="176" />
      <source>No events to show: none are shared about this person, or none fall in the dates and agencies chosen above.</source>
      <translation>Dim digwyddiadau i'w dangos: nid oes dim wedi'i rannu am yr unigolyn hwn, neu nid oes dim yn y dyddiadau a'r asiantaethau a ddewiswyd uchod.</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="259" />
      <source>Records ({count})</source>
      <translation>Cofnodion ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="282" />
      <source>Activity ({count})</source>
      <translation>Gweithgarwch ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="288" />
      <source>Notes and tasks ({count})</source>
      <translation>Nodiadau a thasgau ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="300" />
      <source>Overview ({count})</source>
      <translation>Trosolwg ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="310" />
      <source>People ({count})</source>
      <translation>Pobl ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="493" />
      <source>{person}: {risks}</source>
      <translation>{person}: {risks}</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="511" />
      <source>{state} for {partner} ({purpose})</source>
      <translation>{state} ar gyfer {partner} ({purpose})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="519" />
      <source>Consent: {list}.</source>
      <translation>Caniatâd: {list}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="524" />
      <source>Known to {count} agency:</source>
      <translation>Yn hysbys i {count} asiantaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="524" />
      <source>Known to {count} agencies:</source>
      <translation>Yn hysbys i {count} asiantaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="214" />
      <source>Alt+{number}</source>
      <translation>Alt+{number}</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="316" />
      <source>Access ({count} held back)</source>
      <translation>Mynediad ({count} wedi'u dal yn ôl)</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="347" />
      <source>Chronology ({count})</source>
      <translation>Cronoleg ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="349" />
      <source>Chronology ({shown} of {count})</source>
      <translation>Cronoleg ({shown} o {count})</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="165" />
      <source>Other names</source>
      <translation>Enwau eraill</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="378" />
      <source>Identifiers</source>
      <translation>Dynodwyr</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="168" />
      <source>Preferred language</source>
      <translation>Iaith ddewisol</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="433" />
      <source>{what} “{value}” ({partner})</source>
      <translation>{what} “{value}” ({partner})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="441" />
      <source>name</source>
      <translation>enw</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="442" />
      <source>date of birth</source>
      <translation>dyddiad geni</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="443" />
      <source>address</source>
      <translation>cyfeiriad</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="474" />
      <source>Also recorded as: {list}</source>
      <translation>Hefyd wedi'i gofnodi fel: {list}</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="481" />
      <source>{risk} ({partner})</source>
      <translation>{risk} ({partner})</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="487" />
      <source>No risks recorded by partners.</source>
      <translation>Dim risgiau wedi'u cofnodi gan bartneriaid.</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="508" />
      <source>Consent: no decisions recorded.</source>
      <translation>Caniatâd: dim penderfyniadau wedi'u cofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="231" />
      <source>F&amp;ollow</source>
      <translation>&amp;Dilyn</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="361" />
      <source>not known</source>
      <translation>anhysbys</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="368" />
      <source>not held</source>
      <translation>heb ei ddal</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="467" />
      <source>{what} held by {partner}: on request</source>
      <translation>{what} a ddelir gan {partner}: ar gais</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="485" />
      <source>Risks: {list}</source>
      <translation>Risgiau: {list}</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="501" />
      <source>In the household: {list}</source>
      <translation>Yn yr aelwyd: {list}</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="392" />
      <source>{value} ({partner})</source>
      <translation>{value} ({partner})</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="166" />
      <source>NHS number, unverified</source>
      <translation>rhif GIG, heb ei wirio</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="23" />
      <source>Household and family</source>
      <translation>Aelwyd a theulu</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="28" />
      <source>Enter or double-click opens the person's page</source>
      <translation>Mae Enter neu glicio ddwywaith yn agor tudalen y person</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="31" />
      <source>Team around the person</source>
      <translation>Tîm o amgylch y person</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="39" />
      <source>No professionals are recorded as working with this person. Partners share the team around the person as involvement records.</source>
      <translation>Nid oes gweithwyr proffesiynol wedi'u cofnodi yn gweithio gyda'r unigolyn hwn. Mae partneriaid yn rhannu'r tîm o amgylch yr unigolyn fel cofnodion cyfranogiad.</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="46" />
      <source>No family is named by a partner, and no one else is held at this address.</source>
      <translation>Nid oes teulu wedi'i enwi gan bartner, ac nid oes neb arall yn cael ei gadw yn y cyfeiriad hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="50" />
      <source>Household and famil&amp;y</source>
      <translation>A&amp;elwyd a theulu</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="52" />
      <source>Professionals: the &amp;team around the person</source>
      <translation>Gweithwyr proffesiynol: y &amp;tîm o amgylch y person</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="105" />
      <source>Household and famil&amp;y ({count})</source>
      <translation>A&amp;elwyd a theulu ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="25" />
      <source>Known from</source>
      <translation>Yn hysbys gan</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="25" />
      <source>Current risks</source>
      <translation>Risgiau cyfredol</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="33" />
      <source>Role</source>
      <translation>Rôl</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="33" />
      <source>Name and contact</source>
      <translation>Enw a manylion cyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="33" />
      <source>Last involved</source>
      <translation>Ynghlwm ddiwethaf</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="248" />
      <source>Same address</source>
      <translation>Yr un cyfeiriad</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="86" />
      <source>{relation}, same address</source>
      <translation>{relation}, yr un cyfeiriad</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="67" />
      <source>Lead professional: {role}</source>
      <translation>Gweithiwr proffesiynol arweiniol: {role}</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="102" />
      <source>Named by a partner; no record of this person is held</source>
      <translation>Wedi'i enwi gan bartner; nid oes cofnod o'r person hwn yn cael ei ddal</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="251" />
      <source>(not shared)</source>
      <translation>(heb ei rannu)</translation>
    </message>
    <message>
      <location filename="../../ui/person/pick_person_dialog.py" line="36" />
      <source>Link another person's records</source>
      <translation>Cysylltu cofnodion person arall</translation>
    </message>
    <message>
      <location filename="../../ui/person/pick_person_dialog.py" line="42" />
      <source>Find the person whose records belong here too. Their records join this person's view; you can unlink them again from the Records tab.</source>
      <translation>Dewch o hyd i'r person y mae ei gofnodion yn perthyn yma hefyd. Bydd eu cofnodion yn ymuno â golwg y person hwn; gallwch eu datgysylltu eto o'r tab Cofnodion.</translation>
    </message>
    <message>
      <location filename="../../ui/person/pick_person_dialog.py" line="48" />
      <source>&amp;Find:</source>
      <translation>C&amp;hwilio:</translation>
    </message>
    <message>
      <location filename="../../ui/person/pick_person_dialog.py" line="50" />
      <source>Name, NHS number or date of birth</source>
      <translation>Enw, rhif GIG neu ddyddiad geni</translation>
    </message>
    <message>
      <location filename="../../ui/person/pick_person_dialog.py" line="51" />
      <source>Find a person to link</source>
      <translation>Dod o hyd i berson i'w gysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/person/pick_person_dialog.py" line="54" />
      <source>People found</source>
      <translation>Pobl a ganfuwyd</translation>
    </message>
    <message>
      <location filename="../../ui/person/pick_person_dialog.py" line="61" />
      <source>&amp;Link</source>
      <translation>&amp;Cysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="89" />
      <source>Read in &amp;full…</source>
      <translation>Darllen yn &amp;llawn…</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="93" />
      <source>&amp;Request the narrative from {partner}…</source>
      <translation>&amp;Gofyn i {partner} am y naratif…</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="97" />
      <source>&amp;Break the glass to read it…</source>
      <translation>&amp;Torri'r gwydr i'w ddarllen…</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="141" />
      <source>Request queued: it goes to the partner at the next sync.</source>
      <translation>Cais yn y ciw: bydd yn mynd i'r partner wrth gysoni nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="169" />
      <source>Glass broken: shown for 30 minutes; the partner is told.</source>
      <translation>Gwydr wedi'i dorri: yn dangos am 30 munud; dywedir wrth y partner.</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="123" />
      <source>Request the narrative</source>
      <translation>Gofyn am y naratif</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="124" />
      <source>{partner} shares this narrative only on request. Say why you need it; the partner decides, and a released narrative arrives with the next sync.</source>
      <translation>Mae {partner} yn rhannu'r naratif hwn ar gais yn unig. Dywedwch pam mae ei angen arnoch; y partner sy'n penderfynu, ac mae naratif a ryddheir yn cyrraedd wrth gysoni nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="129" />
      <source>Send request</source>
      <translation>Anfon y cais</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="150" />
      <source>Break the glass</source>
      <translation>Torri'r gwydr</translation>
    </message>
    <message>
      <location filename="../../ui/person/record_actions.py" line="151" />
      <source>This is shared only with the citizen's consent, which is not recorded. Read it now only if you must act to keep someone safe. It shows for 30 minutes, your reason is kept, and {partner} is told.</source>
      <translation>Dim ond gyda chaniatâd y dinesydd y rhennir hyn, ac nid yw wedi'i gofnodi. Darllenwch ef nawr dim ond os oes rhaid i chi weithredu i gadw rhywun yn ddiogel. Mae'n dangos am 30 munud, mae eich rheswm yn cael ei gadw, a dywedir wrth {partner}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="31" />
      <source>Matched automatically ({probability})</source>
      <translation>Wedi'i gyfateb yn awtomatig ({probability})</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="52" />
      <source>Compared: {fields}.</source>
      <translation>Wedi cymharu: {fields}.</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="66" />
      <source>Partner records linked as this person</source>
      <translation>Cofnodion partner wedi'u cysylltu fel y person hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="81" />
      <source>Why the selected record was linked</source>
      <translation>Pam y cysylltwyd y cofnod a ddewiswyd</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="83" />
      <source>&amp;Unlink: not this person…</source>
      <translation>Da&amp;tgysylltu: nid y person hwn…</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="85" />
      <source>Take the selected record out of this person's view; you are asked why</source>
      <translation>Tynnu'r cofnod a ddewiswyd allan o olwg y person hwn; gofynnir i chi pam</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="88" />
      <source>&amp;Link another person's records…</source>
      <translation>&amp;Cysylltu cofnodion person arall…</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="89" />
      <source>Find a person who is this person too, and join their records</source>
      <translation>Dod o hyd i berson sydd hefyd yn berson hwn, ac uno eu cofnodion</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="122" />
      <source>This view is built from {count} partner record.</source>
      <translation>Mae'r olwg hon wedi'i hadeiladu o {count} cofnod partner.</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="122" />
      <source>This view is built from {count} partner records. If one is not this person, unlink it: it leaves this view at once and stays apart.</source>
      <translation>Mae'r olwg hon wedi'i hadeiladu o {count} cofnod partner. Os nad yw un yn berson hwn, datgysylltwch ef: mae'n gadael yr olwg hon ar unwaith ac yn aros ar wahân.</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="33" />
      <source>First record of this person</source>
      <translation>Cofnod cyntaf y person hwn</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="34" />
      <source>Same NHS number</source>
      <translation>Yr un rhif GIG</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="35" />
      <source>Same pupil number or police id</source>
      <translation>Yr un rhif disgybl neu ddynodydd heddlu</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="36" />
      <source>The partner says it is the same person (its own link between records)</source>
      <translation>Mae'r partner yn dweud mai'r un person ydyw (ei gyswllt ei hun rhwng cofnodion)</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="37" />
      <source>Same name, date of birth and postcode</source>
      <translation>Yr un enw, dyddiad geni a chod post</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="38" />
      <source>Accepted in review by {who}</source>
      <translation>Derbyniwyd wrth adolygu gan {who}</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="39" />
      <source>Linked by hand by {who}</source>
      <translation>Cysylltwyd â llaw gan {who}</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="69" />
      <source>Their record</source>
      <translation>Eu cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="74" />
      <source>How it was linked</source>
      <translation>Sut y'i cysylltwyd</translation>
    </message>
    <message>
      <location filename="../../ui/person/team_actions.py" line="94" />
      <source>Saved for your team.</source>
      <translation>Wedi'i gadw i'ch tîm.</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="30" />
      <source>{name} (same address)</source>
      <translation>{name} (yr un cyfeiriad)</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="61" />
      <source>No professionals recorded by partners.</source>
      <translation>Dim gweithwyr proffesiynol wedi'u cofnodi gan bartneriaid.</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="29" />
      <source>{name} ({relation})</source>
      <translation>{name} ({relation})</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="48" />
      <source>from {count} agency</source>
      <translation>o {count} asiantaeth</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="48" />
      <source>from {count} agencies</source>
      <translation>o {count} asiantaeth</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="52" />
      <source>Lead professional: {name}, {role} ({agency}). Team: {size} (People tab).</source>
      <translation>Gweithiwr proffesiynol arweiniol: {name}, {role} ({agency}). Tîm: {size} (tab Pobl).</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="60" />
      <source>No lead professional recorded. Team: {size} (People tab).</source>
      <translation>Dim gweithiwr proffesiynol arweiniol wedi'i gofnodi. Tîm: {size} (tab Pobl).</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="23" />
      <source>; and {count} more</source>
      <translation>; a {count} arall</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="42" />
      <source>{count} professional</source>
      <translation>{count} gweithiwr proffesiynol</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="42" />
      <source>{count} professionals</source>
      <translation>{count} gweithiwr proffesiynol</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/actions.py" line="25" />
      <source>P&amp;references…</source>
      <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/actions.py" line="63" />
      <source>That language could not be loaded.</source>
      <translation>Nid oedd modd llwytho'r iaith honno.</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/actions.py" line="66" />
      <source>Preferences saved.</source>
      <translation>Dewisiadau wedi'u cadw.</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="33" />
      <source>Sync with partners</source>
      <translation>Cysoni â phartneriaid</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="46" />
      <source>Lock when idle</source>
      <translation>Cloi pan yn segur</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="51" />
      <source>Light</source>
      <translation>Golau</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="52" />
      <source>Dark</source>
      <translation>Tywyll</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="53" />
      <source>High contrast</source>
      <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="55" />
      <source>Theme</source>
      <translation>Thema</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="58" />
      <source>Language</source>
      <translation>Iaith</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="61" />
      <source>Text size</source>
      <translation>Maint y testun</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="77" />
      <source>Locking closes the store and drops its key from memory; Ctrl+L locks at once. Preferences are kept in the encrypted store, and changes are audited.</source>
      <translation>Mae cloi yn cau'r storfa ac yn gollwng ei hallwedd o'r cof; mae Ctrl+L yn cloi ar unwaith. Mae dewisiadau'n cael eu cadw yn y storfa wedi'i hamgryptio, ac mae newidiadau'n cael eu harchwilio.</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="67" />
      <source>&amp;Sync with partners:</source>
      <translation>&amp;Cysoni â phartneriaid:</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="68" />
      <source>&amp;Lock when idle:</source>
      <translation>C&amp;loi pan yn segur:</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="69" />
      <source>&amp;Theme:</source>
      <translation>&amp;Thema:</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="70" />
      <source>Lan&amp;guage:</source>
      <translation>&amp;Iaith:</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="71" />
      <source>Te&amp;xt size:</source>
      <translation>M&amp;aint y testun:</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="47" />
      <source>After {count} minute</source>
      <translation>Ar ôl {count} munud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="47" />
      <source>After {count} minutes</source>
      <translation>Ar ôl {count} munud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="62" />
      <source>{percent}%</source>
      <translation>{percent}%</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="36" />
      <source>Only when I ask</source>
      <translation>Dim ond pan fyddaf yn gofyn</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="38" />
      <source>Every {count} minute</source>
      <translation>Bob {count} munud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="38" />
      <source>Every {count} minutes</source>
      <translation>Bob {count} munud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_actions.py" line="28" />
      <source>&amp;Profile…</source>
      <translation>&amp;Proffil…</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_actions.py" line="50" />
      <source>Profile changed: {count} record removed that it may not see. Syncing…</source>
      <translation>Proffil wedi newid: tynnwyd {count} cofnod na chaiff ei weld. Yn cysoni…</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_actions.py" line="50" />
      <source>Profile changed: {count} records removed that it may not see. Syncing…</source>
      <translation>Proffil wedi newid: tynnwyd {count} cofnod na chaiff eu gweld. Yn cysoni…</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_dialog.py" line="29" />
      <source>What you may see of each partner's records depends on your organisation, your role and the purposes you work for. Changing them removes what the new profile may not see and fetches what it may.</source>
      <translation>Mae'r hyn y cewch ei weld o gofnodion pob partner yn dibynnu ar eich sefydliad, eich rôl a'r dibenion rydych yn gweithio iddynt. Mae eu newid yn tynnu'r hyn na chaiff y proffil newydd ei weld ac yn nôl yr hyn y caiff.</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_dialog.py" line="37" />
      <source>Your name</source>
      <translation>Eich enw</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_dialog.py" line="45" />
      <source>Purposes you work for</source>
      <translation>Dibenion rydych yn gweithio iddynt</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_dialog.py" line="53" />
      <source>Your &amp;name:</source>
      <translation>Eich &amp;enw:</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_dialog.py" line="54" />
      <source>&amp;Organisation:</source>
      <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_dialog.py" line="55" />
      <source>&amp;Role:</source>
      <translation>&amp;Rôl:</translation>
    </message>
    <message>
      <location filename="../../ui/register/actions.py" line="41" />
      <source>Data-flow register</source>
      <translation>Cofrestr llif data</translation>
    </message>
    <message>
      <location filename="../../ui/register/actions.py" line="48" />
      <source>Export the data-flow register</source>
      <translation>Allforio'r gofrestr llif data</translation>
    </message>
    <message>
      <location filename="../../ui/register/actions.py" line="26" />
      <source>Data-flow &amp;register…</source>
      <translation>Cofrestr llif &amp;data…</translation>
    </message>
    <message>
      <location filename="../../ui/register/actions.py" line="59" />
      <source>The register ({count} flows) is in {file}.</source>
      <translation>Mae'r gofrestr ({count} llif) yn {file}.</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="55" />
      <source>Every flow the agreements held set up: who shares what with whom, under which clause, for what purpose and on what lawful basis, and how long it may be kept. For flows to you, what this computer holds and when the oldest of it is due to be removed.</source>
      <translation>Pob llif a sefydlwyd gan y cytundebau a gedwir: pwy sy'n rhannu beth gyda phwy, o dan ba gymal, at ba ddiben ac ar ba sail gyfreithlon, ac am ba hyd y gellir ei gadw. Ar gyfer llifau atoch chi, beth mae'r cyfrifiadur hwn yn ei gadw a phryd y mae'r hynaf ohono i'w ddileu.</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="63" />
      <source>Only flows to &amp;me</source>
      <translation>Dim ond llifau ata &amp;i</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="67" />
      <source>Register summary</source>
      <translation>Crynodeb o'r gofrestr</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="84" />
      <source>The flow's agreement, purposes and lawful basis</source>
      <translation>Cytundeb, dibenion a sail gyfreithlon y llif</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="90" />
      <source>&amp;Export CSV…</source>
      <translation>&amp;Allforio CSV…</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="111" />
      <source>{agreement} (version {version}), clause {clause}. Purposes: {purposes}. Lawful basis: {basis}. Kept for {retention}.</source>
      <translation>{agreement} (fersiwn {version}), cymal {clause}. Dibenion: {purposes}. Sail gyfreithlon: {basis}. Cedwir am {retention}.</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="128" />
      <source>{count} flow</source>
      <translation>{count} llif</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="128" />
      <source>{count} flows</source>
      <translation>{count} llif</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="156" />
      <source>No flows to show.</source>
      <translation>Dim llifoedd i'w dangos.</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="72" />
      <source>Recipient</source>
      <translation>Derbynnydd</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="73" />
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="74" />
      <source>Held
here</source>
      <translation>Yn cael
eu cadw yma</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="75" />
      <source>Oldest
held</source>
      <translation>Hynaf
a gedwir</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="76" />
      <source>Next purge
due</source>
      <translation>Y glanhau
nesaf</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="77" />
      <source>Shared</source>
      <translation>Rhennir</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="78" />
      <source>Status</source>
      <translation>Statws</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="129" />
      <source>{count} day</source>
      <translation>{count} diwrnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="129" />
      <source>{count} days</source>
      <translation>{count} diwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="37" />
      <source>Name, date of birth, NHS number or postcode</source>
      <translation>Enw, dyddiad geni, rhif GIG neu god post</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="39" />
      <source>Find a person (Ctrl+K from anywhere)</source>
      <translation>Dod o hyd i berson (Ctrl+K o unrhyw le)</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="49" />
      <source>Type a name, a date of birth, an NHS number or a postcode.</source>
      <translation>Teipiwch enw, dyddiad geni, rhif GIG neu god post.</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="51" />
      <source>Search status</source>
      <translation>Statws y chwilio</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="113" />
      <source>No one matches “{text}”. Check the spelling, or try a date of birth (3/2/2015), an NHS number or a postcode.</source>
      <translation>Nid oes neb yn cyfateb i “{text}”. Gwiriwch y sillafu, neu rhowch gynnig ar ddyddiad geni (3/2/2015), rhif GIG neu god post.</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="121" />
      <source>No exact match. {count} close match: a nickname, a near spelling or the address.</source>
      <translation>Dim cyfatebiaeth union. {count} cyfatebiaeth agos: llysenw, sillafiad tebyg neu'r cyfeiriad.</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="121" />
      <source>No exact match. {count} close matches: a nickname, a near spelling or the address.</source>
      <translation>Dim cyfatebiaeth union. {count} cyfatebiaeth agos: llysenw, sillafiad tebyg neu'r cyfeiriad.</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="130" />
      <source>{count} person found</source>
      <translation>Canfuwyd {count} person</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="130" />
      <source>{count} people found</source>
      <translation>Canfuwyd {count} person</translation>
    </message>
    <message>
      <location filename="../../ui/search/results_model.py" line="43" />
      <source>{name}, {address}, known to {agencies}</source>
      <translation>{name}, {address}, yn hysbys i {agencies}</translation>
    </message>
    <message>
      <location filename="../../ui/search/results_model.py" line="39" />
      <source>birth date unknown</source>
      <translation>dyddiad geni'n anhysbys</translation>
    </message>
    <message>
      <location filename="../../ui/search/results_model.py" line="42" />
      <source>address unknown</source>
      <translation>cyfeiriad anhysbys</translation>
    </message>
    <message>
      <location filename="../../ui/search/results_model.py" line="40" />
      <source>no postcode</source>
      <translation>dim cod post</translation>
    </message>
    <message>
      <location filename="../../ui/search/results_model.py" line="46" />
      <source>(a close match)</source>
      <translation>(cyfatebiaeth agos)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/actions.py" line="45" />
      <source>&amp;Sync now</source>
      <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
      <location filename="../../ui/sync/actions.py" line="89" />
      <source>Syncing with partners…</source>
      <translation>Yn cysoni â phartneriaid…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/actions.py" line="98" />
      <source>New information about {count} person you follow.</source>
      <translation>Gwybodaeth newydd am {count} person rydych yn ei ddilyn.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/actions.py" line="98" />
      <source>New information about {count} people you follow.</source>
      <translation>Gwybodaeth newydd am {count} person rydych yn eu dilyn.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="227" />
      <source>on {date} at {time}</source>
      <translation>ar {date} am {time}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="226" />
      <source>at {time}</source>
      <translation>am {time}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="42" />
      <source>Sync status</source>
      <translation>Statws cysoni</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="44" />
      <source>Set &amp;aside…</source>
      <translation>O'r &amp;neilltu…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="45" />
      <source>Records partners sent that could not be read</source>
      <translation>Cofnodion a anfonodd partneriaid na ellid eu darllen</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="46" />
      <source>Review records set aside</source>
      <translation>Adolygu cofnodion a roddwyd o'r neilltu</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="49" />
      <source>Out&amp;box</source>
      <translation>&amp;Blwch allan</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="50" />
      <source>What you wrote for partners, and where each item stands</source>
      <translation>Yr hyn a ysgrifennwyd gennych ar gyfer partneriaid, a ble mae pob eitem arni</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="72" />
      <source>Outbox: {count} item waiting</source>
      <translation>Blwch allan: {count} eitem yn aros</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="72" />
      <source>Outbox: {count} items waiting</source>
      <translation>Blwch allan: {count} eitem yn aros</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="133" />
      <source>Fetch what partners have changed since the last sync (F5)</source>
      <translation>Nôl yr hyn y mae partneriaid wedi'i newid ers y cysoni diwethaf (F5)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="147" />
      <source>Stop sync</source>
      <translation>Atal y cysoni</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="148" />
      <source>Stop after the current page; nothing fetched so far is lost</source>
      <translation>Stopio ar ôl y dudalen bresennol; ni chollir dim a nôlwyd hyd yma</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="159" />
      <source>Sync stopped: {count} change kept; the rest comes next time.</source>
      <translation>Cysoni wedi'i atal: cadwyd {count} newid; daw'r gweddill y tro nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="159" />
      <source>Sync stopped: {count} changes kept; the rest come next time.</source>
      <translation>Cysoni wedi'i atal: cadwyd {count} newid; daw'r gweddill y tro nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="165" />
      <source>Synced: {count} change fetched.</source>
      <translation>Wedi cysoni: nôlwyd {count} newid.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="165" />
      <source>Synced: {count} changes fetched.</source>
      <translation>Wedi cysoni: nôlwyd {count} newid.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="196" />
      <source>Sync stopped: {reason}</source>
      <translation>Cysoni wedi'i atal: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="67" />
      <source>Out&amp;box ({count} waiting)</source>
      <translation>&amp;Blwch allan ({count} yn aros)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="89" />
      <source>Sync progress for {partner}</source>
      <translation>Cynnydd cysoni ar gyfer {partner}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="126" />
      <source>Failed (hover for why)</source>
      <translation>Wedi methu (hofran i weld pam)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="140" />
      <source>Stopping after the current page…</source>
      <translation>Yn stopio ar ôl y dudalen bresennol…</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="169" />
      <source>{count} partner could not be synced.</source>
      <translation>Ni ellid cysoni {count} partner.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="169" />
      <source>{count} partners could not be synced.</source>
      <translation>Ni ellid cysoni {count} partner.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="175" />
      <source>{partner}: {count} record removed ({cause}).</source>
      <translation>{partner}: tynnwyd {count} cofnod ({cause}).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="175" />
      <source>{partner}: {count} records removed ({cause}).</source>
      <translation>{partner}: tynnwyd {count} cofnod ({cause}).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="186" />
      <source>{count} record set aside as unreadable.</source>
      <translation>Rhoddwyd {count} cofnod o'r neilltu am na ellid ei ddarllen.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="186" />
      <source>{count} records set aside as unreadable.</source>
      <translation>Rhoddwyd {count} cofnod o'r neilltu am na ellid eu darllen.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="204" />
      <source>Last synced {when}.</source>
      <translation>Cysonwyd ddiwethaf {when}.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="216" />
      <source>Failed — next try {time}</source>
      <translation>Yn methu — cynnig nesaf {time}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="218" />
      <source>Up to date {when}</source>
      <translation>Yn gyfredol {when}</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="68" />
      <source>{count} record from partners could not be read and was set aside.</source>
      <translation>Ni ellid darllen {count} cofnod gan bartneriaid ac fe'i rhoddwyd o'r neilltu.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="68" />
      <source>{count} records from partners could not be read and were set aside.</source>
      <translation>Ni ellid darllen {count} cofnod gan bartneriaid ac fe'u rhoddwyd o'r neilltu.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="30" />
      <source>Records set aside</source>
      <translation>Cofnodion a roddwyd o'r neilltu</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="35" />
      <source>Records set aside as unreadable</source>
      <translation>Cofnodion a roddwyd o'r neilltu am na ellid eu darllen</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="38" />
      <source>&amp;Try again</source>
      <translation>&amp;Rhoi cynnig arall</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="40" />
      <source>Read them again with this version of Caseworker; what now passes is added to the store</source>
      <translation>Darllenwch nhw eto gyda'r fersiwn hon o Caseworker; bydd yr hyn sy'n pasio nawr yn cael ei ychwanegu at y storfa</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="206" />
      <source>Record</source>
      <translation>Cofnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="240" />
      <source>Why</source>
      <translation>Pam</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="75" />
      <source>{count} record was accepted on retry. </source>
      <translation>Derbyniwyd {count} cofnod wrth roi cynnig arall. </translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="75" />
      <source>{count} records were accepted on retry. </source>
      <translation>Derbyniwyd {count} cofnod wrth roi cynnig arall. </translation>
    </message>
    <message>
      <location filename="../../ui/widgets/access_chip.py" line="30" />
      <source>Access: {level}</source>
      <translation>Mynediad: {level}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/reason_dialog.py" line="34" />
      <source>&amp;Reason (at least {count} characters, kept on record and sent to the provider):</source>
      <translation>&amp;Rheswm (o leiaf {count} nod, yn cael ei gadw ar gofnod a'i anfon at y darparwr):</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/source_chip.py" line="23" />
      <source>Shared by {partner}, record {record}, last updated {when}</source>
      <translation>Wedi'i rannu gan {partner}, cofnod {record}, diweddarwyd ddiwethaf {when}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/source_chip.py" line="30" />
      <source>Source: {partner}</source>
      <translation>Ffynhonnell: {partner}</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="49" />
      <source>Consent (Article 6(1)(a))</source>
      <translation>Caniatâd (Erthygl 6(1)(a))</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="50" />
      <source>Legal obligation (Article 6(1)(c))</source>
      <translation>Rhwymedigaeth gyfreithiol (Erthygl 6(1)(c))</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="51" />
      <source>Public task (Article 6(1)(e))</source>
      <translation>Tasg gyhoeddus (Erthygl 6(1)(e))</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="52" />
      <source>Social protection law (Article 9(2)(b))</source>
      <translation>Cyfraith diogelu cymdeithasol (Erthygl 9(2)(b))</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="53" />
      <source>Substantial public interest (Article 9(2)(g))</source>
      <translation>Budd sylweddol y cyhoedd (Erthygl 9(2)(g))</translation>
    </message>
    <message>
      <location filename="../../caseworker/agreements/vocabulary.py" line="54" />
      <source>Health and social care (Article 9(2)(h))</source>
      <translation>Iechyd a gofal cymdeithasol (Erthygl 9(2)(h))</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/anchor.py" line="48" />
      <source>entry {seq}, which your organisation already holds, is no longer in this log</source>
      <translation>nid yw cofnod {seq}, sydd gan eich sefydliad eisoes, yn y log hwn mwyach</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/anchor.py" line="53" />
      <source>entry {seq} is not the entry your organisation holds under that number</source>
      <translation>nid cofnod {seq} yw'r cofnod sydd gan eich sefydliad o dan y rhif hwnnw</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/chain.py" line="191" />
      <source>the log does not end where it was last written</source>
      <translation>nid yw'r log yn gorffen lle cafodd ei ysgrifennu ddiwethaf</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/chain.py" line="161" />
      <source>entry {missing} is missing: the log jumps to entry {found}</source>
      <translation>mae cofnod {missing} ar goll: mae'r log yn neidio i gofnod {found}</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/chain.py" line="171" />
      <source>entry {seq} does not follow the entry before it</source>
      <translation>nid yw cofnod {seq} yn dilyn y cofnod o'i flaen</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/chain.py" line="177" />
      <source>entry {seq} was changed after it was written</source>
      <translation>newidiwyd cofnod {seq} ar ôl iddo gael ei ysgrifennu</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/chain.py" line="188" />
      <source>the newest entries after entry {seq} were removed</source>
      <translation>tynnwyd y cofnodion diweddaraf ar ôl cofnod {seq}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="62" />
      <source>date</source>
      <translation>dyddiad</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="62" />
      <source>agency</source>
      <translation>asiantaeth</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="62" />
      <source>event</source>
      <translation>digwyddiad</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="62" />
      <source>details</source>
      <translation>manylion</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="62" />
      <source>significant</source>
      <translation>arwyddocaol</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="62" />
      <source>record</source>
      <translation>cofnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="107" />
      <source>Multi-agency chronology: {person}</source>
      <translation>Cronoleg amlasiantaethol: {person}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="108" />
      <source>Each entry shows the agency that shared it; narratives that agreements hold back are not included.</source>
      <translation>Mae pob cofnod yn dangos yr asiantaeth a'i rhannodd; nid yw naratifau y mae cytundebau'n eu dal yn ôl wedi'u cynnwys.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="55" />
      <source>[held back: on request]</source>
      <translation>[wedi'i ddal yn ôl: ar gais]</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="57" />
      <source>[not shared]</source>
      <translation>[heb ei rannu]</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="131" />
      <source>born {date}</source>
      <translation>ganwyd {date}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="135" />
      <source>NHS number {number}</source>
      <translation>rhif GIG {number}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="83" />
      <source>yes</source>
      <translation>ydy</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/chronology.py" line="115" />
      <source>No entries.</source>
      <translation>Dim cofnodion.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/page.py" line="105" />
      <source>Produced {when} from Caseworker.</source>
      <translation>Cynhyrchwyd {when} o Caseworker.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="30" />
      <source>shared in full</source>
      <translation>wedi'i rannu'n llawn</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="31" />
      <source>shared in part</source>
      <translation>wedi'i rannu'n rhannol</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="32" />
      <source>shared on request</source>
      <translation>yn cael ei rannu ar gais</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="33" />
      <source>not shared</source>
      <translation>heb ei rannu</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="36" />
      <source>opened the record</source>
      <translation>agorodd y cofnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="37" />
      <source>saw risks held on this person, on the page of someone in their household</source>
      <translation>gwelodd risgiau a gedwir am y person hwn, ar dudalen rhywun yn ei aelwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="40" />
      <source>revealed a field</source>
      <translation>datgelodd faes</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="41" />
      <source>exported the record</source>
      <translation>allforiodd y cofnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="42" />
      <source>asked a partner to release information</source>
      <translation>gofynnodd i bartner ryddhau gwybodaeth</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="43" />
      <source>used emergency access</source>
      <translation>defnyddiodd fynediad brys</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="44" />
      <source>wrote a note</source>
      <translation>ysgrifennodd nodyn</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="45" />
      <source>set or completed a task</source>
      <translation>gosododd neu gwblhaodd dasg</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="46" />
      <source>made a referral</source>
      <translation>gwnaeth atgyfeiriad</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="47" />
      <source>decided which records belong to this person</source>
      <translation>penderfynodd pa gofnodion sy'n perthyn i'r person hwn</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="48" />
      <source>recorded a consent decision</source>
      <translation>cofnododd benderfyniad caniatâd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="49" />
      <source>followed or stopped following the record</source>
      <translation>dilynodd y cofnod neu beidio â'i ddilyn</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="50" />
      <source>decided about the household's entry on the emerging-needs list</source>
      <translation>penderfynodd am gofnod yr aelwyd ar y rhestr anghenion sy'n dod i'r amlwg</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="51" />
      <source>recorded, matched, rated or read a contact about them at the front door</source>
      <translation>cofnodi, paru, graddio neu ddarllen cyswllt amdanynt wrth y drws ffrynt</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="52" />
      <source>asked partner agencies what they know about them, or read their answers</source>
      <translation>gofyn i asiantaethau partner beth a wyddant amdanynt, neu ddarllen eu hatebion</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="53" />
      <source>recorded the front door's decision about them and told the agencies</source>
      <translation>cofnodi penderfyniad y drws ffrynt amdanynt a'i roi i'r asiantaethau</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="56" />
      <source>need</source>
      <translation>angen</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="57" />
      <source>risk</source>
      <translation>risg</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="59" />
      <source>involvement</source>
      <translation>cyfranogiad</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="60" />
      <source>note</source>
      <translation>nodyn</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="61" />
      <source>task</source>
      <translation>tasg</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="62" />
      <source>referral</source>
      <translation>atgyfeiriad</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="66" />
      <source>on request</source>
      <translation>ar gais</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="68" />
      <source>consent needed</source>
      <translation>angen caniatâd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="69" />
      <source>held back; emergency access is possible</source>
      <translation>wedi'i ddal yn ôl; mae mynediad brys yn bosibl</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="70" />
      <source>agreement expired</source>
      <translation>cytundeb wedi dod i ben</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="73" />
      <source>given</source>
      <translation>rhoddwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="74" />
      <source>refused</source>
      <translation>gwrthodwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="75" />
      <source>withdrawn</source>
      <translation>tynnwyd yn ôl</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="78" />
      <source>verbal</source>
      <translation>ar lafar</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="79" />
      <source>written</source>
      <translation>yn ysgrifenedig</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="80" />
      <source>electronic</source>
      <translation>yn electronig</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="85" />
      <source>saved an export of the record</source>
      <translation>cadwodd allforiad o'r cofnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="86" />
      <source>tried to save an export of the record, which failed (nothing was saved)</source>
      <translation>ceisiodd gadw allforiad o'r cofnod, ond methodd (ni chadwyd dim)</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="329" />
      <source>shared what it holds</source>
      <translation>rhannodd yr hyn sydd ganddi</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="330" />
      <source>withheld what it holds</source>
      <translation>ataliodd yr hyn sydd ganddi</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="331" />
      <source>knows nothing of the child or household</source>
      <translation>nid yw'n gwybod dim am y plentyn na'r aelwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="103" />
      <source>The organisation's own record</source>
      <translation>Cofnod y sefydliad ei hun</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="116" />
      <source>{title} v{version}, clause {clause}</source>
      <translation>{title} f{version}, cymal {clause}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="167" />
      <source>Other identifiers</source>
      <translation>Dynodwyr eraill</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="315" />
      <source>Subject access report: {person}</source>
      <translation>Adroddiad mynediad at ddata: {person}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="316" />
      <source>Everything this Caseworker store holds about {name} (record {record}), where each item came from, and who has used it.</source>
      <translation>Popeth y mae'r storfa Caseworker hon yn ei gadw am {name} (cofnod {record}), o ble daeth pob eitem, a phwy sydd wedi'i ddefnyddio.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="120" />
      <source>; for {purposes}</source>
      <translation>; at ddibenion {purposes}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="124" />
      <source>; lawful basis: {basis}</source>
      <translation>; sail gyfreithlon: {basis}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="204" />
      <source>Who shared records about this person</source>
      <translation>Pwy rannodd gofnodion am y person hwn</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="210" />
      <source>Identity details held</source>
      <translation>Manylion hunaniaeth a gedwir</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="216" />
      <source>Needs, risks, events and involvement</source>
      <translation>Anghenion, risgiau, digwyddiadau a chyfranogiad</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="246" />
      <source>Family and household</source>
      <translation>Teulu ac aelwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="260" />
      <source>Consent</source>
      <translation>Caniatâd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="283" />
      <source>The team's notes, tasks and referrals</source>
      <translation>Nodiadau, tasgau ac atgyfeiriadau'r tîm</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="299" />
      <source>Who has opened or used this record</source>
      <translation>Pwy sydd wedi agor neu ddefnyddio'r cofnod hwn</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="364" />
      <source>Answered</source>
      <translation>Atebwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="364" />
      <source>Decision and reason</source>
      <translation>Penderfyniad a rheswm</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="364" />
      <source>What it shared</source>
      <translation>Yr hyn a rannodd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="378" />
      <source>No agency has answered an enquiry about this person yet.</source>
      <translation>Nid oes asiantaeth wedi ateb ymholiad am y person hwn eto.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="383" />
      <source>What agencies told the front door</source>
      <translation>Yr hyn a ddywedodd asiantaethau wrth y drws ffrynt</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="151" />
      <source>(held by the partner; released on request)</source>
      <translation>(wedi'i gadw gan y partner; caiff ei ryddhau ar gais)</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="206" />
      <source>Last updated</source>
      <translation>Diweddarwyd ddiwethaf</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="208" />
      <source>No partner records are held.</source>
      <translation>Nid oes cofnodion partner yn cael eu cadw.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="212" />
      <source>Value</source>
      <translation>Gwerth</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="212" />
      <source>From</source>
      <translation>Oddi wrth</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="212" />
      <source>Agreement and basis</source>
      <translation>Cytundeb a sail</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="214" />
      <source>No identity details are held.</source>
      <translation>Nid oes manylion hunaniaeth yn cael eu cadw.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="220" />
      <source>Kind</source>
      <translation>Math</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="237" />
      <source>No records of needs, risks or events are held.</source>
      <translation>Nid oes cofnodion o anghenion, risgiau na digwyddiadau yn cael eu cadw.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="248" />
      <source>Relation</source>
      <translation>Perthynas</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="258" />
      <source>No family or household members are recorded.</source>
      <translation>Nid oes aelodau teulu nac aelwyd wedi'u cofnodi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="266" />
      <source>Recorded</source>
      <translation>Cofnodwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="267" />
      <source>By</source>
      <translation>Gan</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="281" />
      <source>No consent decisions are recorded.</source>
      <translation>Nid oes penderfyniadau caniatâd wedi'u cofnodi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="285" />
      <source>Shared with</source>
      <translation>Rhannwyd gyda</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="296" />
      <source>The team has written nothing about this person.</source>
      <translation>Nid yw'r tîm wedi ysgrifennu dim am y person hwn.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="311" />
      <source>No use of this record is logged.</source>
      <translation>Nid oes defnydd o'r cofnod hwn wedi'i gofnodi yn y log.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="195" />
      <source>Draft for review.</source>
      <translation>Drafft i'w adolygu.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="197" />
      <source>Check this report with your information governance team before it is released: partners' own records are theirs to disclose, and third parties' details may need to be removed.</source>
      <translation>Gwiriwch yr adroddiad hwn gyda'ch tîm llywodraethu gwybodaeth cyn ei ryddhau: cofnodion y partneriaid eu hunain yw eu rhai hwy i'w datgelu, ac efallai y bydd angen dileu manylion trydydd partïon.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="240" />
      <source>Records held but not readable here</source>
      <translation>Cofnodion a gedwir ond na ellir eu darllen yma</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="348" />
      <source>{outcome}, {date}, by {who}: {why}</source>
      <translation>{outcome}, {date}, gan {who}: {why}</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/sar.py" line="356" />
      <source>not decided yet</source>
      <translation>heb benderfynu eto</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="21" />
      <source>social workers</source>
      <translation>gweithwyr cymdeithasol</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="22" />
      <source>team managers</source>
      <translation>rheolwyr tîm</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="23" />
      <source>early help workers</source>
      <translation>gweithwyr cymorth cynnar</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="24" />
      <source>MASH police officers</source>
      <translation>swyddogion heddlu'r MASH</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="25" />
      <source>safeguarding nurses</source>
      <translation>nyrsys diogelu</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="26" />
      <source>health visitors</source>
      <translation>ymwelwyr iechyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="27" />
      <source>designated safeguarding leads</source>
      <translation>arweinwyr diogelu dynodedig</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="28" />
      <source>housing officers</source>
      <translation>swyddogion tai</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="109" />
      <source>{items} and {last}</source>
      <translation>{items} a {last}</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="138" />
      <source>{organisation} ({roles})</source>
      <translation>{organisation} ({roles})</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="187" />
      <source>Under: {agreements}.</source>
      <translation>O dan: {agreements}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="134" />
      <source>any partner organisation</source>
      <translation>unrhyw sefydliad partner</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="190" />
      <source>Your consent: {provider}</source>
      <translation>Eich caniatâd: {provider}</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="191" />
      <source>For {name}, about {purpose}.</source>
      <translation>Ar gyfer {name}, ynghylch {purpose}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="79" />
      <source>What will be shared: {provider} will share {what}.</source>
      <translation>Beth fydd yn cael ei rannu: bydd {provider} yn rhannu {what}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="84" />
      <source>Who with: {whom}.</source>
      <translation>Gyda phwy: {whom}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="85" />
      <source>Why: for {purpose}.</source>
      <translation>Pam: ar gyfer {purpose}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="86" />
      <source>For how long: it is kept for up to {time} after {provider} last updated it, and then deleted.</source>
      <translation>Am ba hyd: caiff ei gadw am hyd at {time} ar ôl i {provider} ei ddiweddaru ddiwethaf, ac yna caiff ei ddileu.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="92" />
      <source>Saying no: you do not have to agree. If you say no, this information is not shown to the people above; help is still offered.</source>
      <translation>Dweud na: does dim rhaid i chi gytuno. Os dywedwch na, ni ddangosir yr wybodaeth hon i'r bobl uchod; cynigir help o hyd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="96" />
      <source>Changing your mind: you can withdraw your consent at any time by telling your worker or {provider}. From then on the information is no longer shown, and nothing new is shared because of your earlier consent.</source>
      <translation>Newid eich meddwl: gallwch dynnu eich caniatâd yn ôl unrhyw bryd drwy ddweud wrth eich gweithiwr neu {provider}. O hynny ymlaen ni ddangosir yr wybodaeth mwyach, ac ni rennir dim byd newydd oherwydd eich caniatâd cynharach.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="121" />
      <source>{count} year</source>
      <translation>{count} flwyddyn</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="121" />
      <source>{count} years</source>
      <translation>{count} blynedd</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="125" />
      <source>{count} month</source>
      <translation>{count} mis</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="127" />
      <source>{count} months</source>
      <translation>{count} mis</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="67" />
      <source>{provider} does not ask for your consent to share information for {purpose}.</source>
      <translation>Nid yw {provider} yn gofyn am eich caniatâd i rannu gwybodaeth ar gyfer {purpose}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/consent_words.py" line="72" />
      <source>What it shares for this purpose is shared under the law, not because you agreed, so saying yes or no here does not change it.</source>
      <translation>Mae'r hyn y mae'n ei rannu at y diben hwn yn cael ei rannu o dan y gyfraith, nid am i chi gytuno, felly nid yw dweud ie neu na yma yn ei newid.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="31" />
      <source>{value} working hours</source>
      <translation>{value} awr waith</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="68" />
      <source>Working Together to Safeguard Children (2023) asks for a decision within one working day of a referral. Working days leave out weekends and bank holidays.</source>
      <translation>Mae Gweithio Gyda'n Gilydd i Ddiogelu Plant (2023) yn gofyn am benderfyniad o fewn un diwrnod gwaith i atgyfeiriad. Nid yw diwrnodau gwaith yn cynnwys penwythnosau na gwyliau banc.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="119" />
      <source>Answers to multi-agency enquiries by partner</source>
      <translation>Atebion i ymholiadau amlasiantaethol fesul partner</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="133" />
      <source>Answer time: from sending the enquiry to the partner's answer, in working hours.</source>
      <translation>Amser ateb: o anfon yr ymholiad i ateb y partner, mewn oriau gwaith.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="65" />
      <source>Decisions</source>
      <translation>Penderfyniadau</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="67" />
      <source>All decisions</source>
      <translation>Pob penderfyniad</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="120" />
      <source>Answers</source>
      <translation>Atebion</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="120" />
      <source>Withheld</source>
      <translation>Wedi'u hatal</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="120" />
      <source>Median answer time</source>
      <translation>Amser ateb canolrifol</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="123" />
      <source>All partners</source>
      <translation>Pob partner</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="66" />
      <source>Within one working day of the contact</source>
      <translation>O fewn un diwrnod gwaith i'r cyswllt</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/front_door_figures.py" line="66" />
      <source>Later</source>
      <translation>Yn hwyrach</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="305" />
      <source>{value} days</source>
      <translation>{value} diwrnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="306" />
      <source>{value} hours</source>
      <translation>{value} awr</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="386" />
      <source>Counts from 1 to 4 are shown as {small}; {hidden} hides a count that would let a small one be worked out from the total.</source>
      <translation>Dangosir cyfrifon o 1 i 4 fel {small}; mae {hidden} yn cuddio cyfrif a fyddai'n gadael i rywun gyfrifo un bach o'r cyfanswm.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="299" />
      <source>Everyone held in this store, as this user may see their records</source>
      <translation>Pawb a gedwir yn y storfa hon, fel y caiff y defnyddiwr hwn weld eu cofnodion</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="300" />
      <source>The team's caseload (people followed or worked on here), as this user may see their records</source>
      <translation>Llwyth achosion y tîm (pobl a ddilynir neu y gweithir arnynt yma), fel y caiff y defnyddiwr hwn weld eu cofnodion</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="64" />
      <source>Within 30 days</source>
      <translation>O fewn 30 diwrnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="64" />
      <source>31 to 90 days</source>
      <translation>31 i 90 diwrnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="64" />
      <source>91 to 180 days</source>
      <translation>91 i 180 diwrnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="174" />
      <source>A person with needs in several domains counts in each.</source>
      <translation>Mae person ag anghenion mewn sawl maes yn cyfrif ym mhob un.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="198" />
      <source>Agencies involved per household</source>
      <translation>Asiantaethau sy'n ymwneud â phob aelwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="225" />
      <source>Time from the first agency's record to the first multi-agency action</source>
      <translation>Yr amser o gofnod cyntaf asiantaeth i'r cam amlasiantaethol cyntaf</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="229" />
      <source>Median: {value}.</source>
      <translation>Canolrif: {value}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="282" />
      <source>Referrals and access requests by partner</source>
      <translation>Atgyfeiriadau a cheisiadau mynediad fesul partner</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="291" />
      <source>Turnaround: from sending to the partner's acknowledgement (a referral) or decision (an access request).</source>
      <translation>Amser ymateb: o'r anfon i gydnabyddiaeth y partner (atgyfeiriad) neu ei benderfyniad (cais mynediad).</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="377" />
      <source>Outcome figures for the joint board</source>
      <translation>Ffigurau canlyniadau ar gyfer y bwrdd ar y cyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="171" />
      <source>Domain</source>
      <translation>Maes</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="173" />
      <source>People with any need or risk</source>
      <translation>Pobl ag unrhyw angen neu risg</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="199" />
      <source>Households</source>
      <translation>Aelwydydd</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="201" />
      <source>All households</source>
      <translation>Pob aelwyd</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="218" />
      <source>Over 180 days</source>
      <translation>Dros 180 diwrnod</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="219" />
      <source>No multi-agency action yet</source>
      <translation>Dim cam amlasiantaethol eto</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="226" />
      <source>Time</source>
      <translation>Amser</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="228" />
      <source>All people with a dated record</source>
      <translation>Pawb â chofnod wedi'i ddyddio</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="283" />
      <source>Median turnaround</source>
      <translation>Amser ymateb canolrifol</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="183" />
      <source>1 agency</source>
      <translation>1 asiantaeth</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="184" />
      <source>2 agencies</source>
      <translation>2 asiantaeth</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="185" />
      <source>3 agencies</source>
      <translation>3 asiantaeth</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="186" />
      <source>4 agencies</source>
      <translation>4 asiantaeth</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="187" />
      <source>5 or more agencies</source>
      <translation>5 asiantaeth neu fwy</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="375" />
      <source>No figure identifies anyone.</source>
      <translation>Nid oes yr un ffigur yn adnabod neb.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/outcomes.py" line="371" />
      <source>No figures.</source>
      <translation>Dim ffigurau.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="185" />
      <source>Recipient organisation</source>
      <translation>Sefydliad sy'n derbyn</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="186" />
      <source>Recipient role</source>
      <translation>Rôl sy'n derbyn</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="187" />
      <source>Data class</source>
      <translation>Dosbarth data</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="188" />
      <source>Agreement</source>
      <translation>Cytundeb</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="189" />
      <source>Version</source>
      <translation>Fersiwn</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="190" />
      <source>Clause</source>
      <translation>Cymal</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="191" />
      <source>Purposes</source>
      <translation>Dibenion</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="194" />
      <source>Level</source>
      <translation>Lefel</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="195" />
      <source>Retention (days)</source>
      <translation>Cadw (diwrnodau)</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="196" />
      <source>Agreement status</source>
      <translation>Statws y cytundeb</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="197" />
      <source>Records held here</source>
      <translation>Cofnodion a gedwir yma</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="198" />
      <source>Oldest held</source>
      <translation>Yr hynaf a gedwir</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="199" />
      <source>Next purge due</source>
      <translation>Dileu nesaf yn ddyledus</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="202" />
      <source>required</source>
      <translation>yn ofynnol</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="203" />
      <source>not required</source>
      <translation>ddim yn ofynnol</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="204" />
      <source>emergency access with a reason</source>
      <translation>mynediad brys gyda rheswm</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="205" />
      <source>full</source>
      <translation>llawn</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="206" />
      <source>masked</source>
      <translation>wedi'i guddio'n rhannol</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="209" />
      <source>in force</source>
      <translation>mewn grym</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="210" />
      <source>expiring soon</source>
      <translation>yn dod i ben cyn bo hir</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="211" />
      <source>not yet in force</source>
      <translation>ddim mewn grym eto</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="212" />
      <source>expired</source>
      <translation>wedi dod i ben</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="213" />
      <source>revoked</source>
      <translation>wedi'i ddirymu</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="214" />
      <source>superseded</source>
      <translation>wedi'i ddisodli</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="215" />
      <source>from the wrong provider</source>
      <translation>gan y darparwr anghywir</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="216" />
      <source>signature does not verify</source>
      <translation>nid yw'r llofnod yn dilysu</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="227" />
      <source>Any role</source>
      <translation>Unrhyw rôl</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/register.py" line="233" />
      <source>Any purpose</source>
      <translation>Unrhyw ddiben</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/suppression.py" line="47" />
      <source>fewer than {count} cases</source>
      <translation>llai na {count} achos</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/agreements_client.py" line="24" />
      <source>{partner} published an agreement list that cannot be read</source>
      <translation>Cyhoeddodd {partner} restr cytundebau na ellir ei darllen</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/case_sharing.py" line="189" />
      <source>{partner} sent a page that is not a Case Sharing change list</source>
      <translation>Anfonodd {partner} dudalen nad yw'n rhestr newidiadau Case Sharing</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="167" />
      <source>says it holds {total}</source>
      <translation>yn dweud ei fod yn dal {total}</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="169" />
      <source>holds more</source>
      <translation>yn dal mwy</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="119" />
      <source>{partner} sent a {path} page that is not a FHIR Bundle</source>
      <translation>Anfonodd {partner} dudalen {path} nad yw'n Bundle FHIR</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="141" />
      <source>sent the same page again</source>
      <translation>anfonodd yr un dudalen eto</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="144" />
      <source>did not stop paging</source>
      <translation>ni roddodd y gorau i anfon tudalennau</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="153" />
      <source>sent a looping link</source>
      <translation>anfonodd ddolen sy'n arwain yn ôl at dudalen a gafwyd eisoes</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="159" />
      <source>sent an empty page</source>
      <translation>anfonodd dudalen wag</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir_capabilities.py" line="80" />
      <source>{partner} published a capability statement that cannot be read</source>
      <translation>Cyhoeddodd {partner} ddatganiad gallu na ellir ei ddarllen</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/outbox_client.py" line="115" />
      <source>{partner} answered a request in a form Caseworker cannot read</source>
      <translation>Atebodd {partner} gais mewn ffurf na all Caseworker ei darllen</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/outbox_client.py" line="151" />
      <source>{partner} answered an enquiry in a form Caseworker cannot read</source>
      <translation>Atebodd {partner} ymholiad mewn ffurf na all Caseworker ei darllen</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/outbox_client.py" line="195" />
      <source>{partner} answered with an audit head Caseworker cannot read</source>
      <translation>Atebodd {partner} gyda phen log archwilio na all Caseworker ei ddarllen</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="89" />
      <source>Domestic abuse</source>
      <translation>Cam-drin domestig</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="90" />
      <source>Neglect</source>
      <translation>Esgeulustod</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="91" />
      <source>Physical abuse or an injury</source>
      <translation>Cam-drin corfforol neu anaf</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="92" />
      <source>Sexual abuse</source>
      <translation>Cam-drin rhywiol</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="93" />
      <source>Emotional abuse</source>
      <translation>Cam-drin emosiynol</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="94" />
      <source>Exploitation (sexual or criminal)</source>
      <translation>Camfanteisio (rhywiol neu droseddol)</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="95" />
      <source>Missing from home, care or school</source>
      <translation>Ar goll o'r cartref, gofal neu'r ysgol</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="96" />
      <source>A parent's mental health</source>
      <translation>Iechyd meddwl rhiant</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="97" />
      <source>Drug or alcohol misuse at home</source>
      <translation>Camddefnyddio cyffuriau neu alcohol yn y cartref</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="98" />
      <source>Self-harm</source>
      <translation>Hunan-niweidio</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/vocabulary.py" line="99" />
      <source>Another concern</source>
      <translation>Pryder arall</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="71" />
      <source>no keyring backend is available</source>
      <translation>nid oes cylch allweddi ar gael</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="75" />
      <source>no system keyring is running</source>
      <translation>nid oes cylch allweddi'r system yn rhedeg</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="78" />
      <source>{module} does not protect secrets</source>
      <translation>nid yw {module} yn diogelu cyfrinachau</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="84" />
      <source>{backend} is not a trusted keyring</source>
      <translation>nid yw {backend} yn gylch allweddi y gellir ymddiried ynddo</translation>
    </message>
    <message>
      <location filename="../../caseworker/views/decisions.py" line="34" />
      <source>No further action</source>
      <translation>Dim camau pellach</translation>
    </message>
    <message>
      <location filename="../../caseworker/views/decisions.py" line="36" />
      <source>Signpost to universal or community services</source>
      <translation>Cyfeirio at wasanaethau cyffredinol neu gymunedol</translation>
    </message>
    <message>
      <location filename="../../caseworker/views/decisions.py" line="37" />
      <source>Information, advice and assistance (SSWBA 2014 s17)</source>
      <translation>Gwybodaeth, cyngor a chymorth (Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, a.17)</translation>
    </message>
    <message>
      <location filename="../../caseworker/views/decisions.py" line="41" />
      <source>Early help: preventative services (SSWBA 2014 s15)</source>
      <translation>Cymorth cynnar: gwasanaethau ataliol (Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, a.15)</translation>
    </message>
    <message>
      <location filename="../../caseworker/views/decisions.py" line="44" />
      <source>Assessment of a child in need (Children Act 1989 s17)</source>
      <translation>Asesiad o blentyn mewn angen (Deddf Plant 1989, a.17)</translation>
    </message>
    <message>
      <location filename="../../caseworker/views/decisions.py" line="45" />
      <source>Assessment of care and support needs (SSWBA 2014 s21)</source>
      <translation>Asesiad o anghenion gofal a chymorth (Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, a.21)</translation>
    </message>
    <message>
      <location filename="../../caseworker/views/decisions.py" line="48" />
      <source>Strategy discussion (Children Act 1989 s47)</source>
      <translation>Trafodaeth strategaeth (Deddf Plant 1989, a.47)</translation>
    </message>
    <message>
      <location filename="../../caseworker/views/decisions.py" line="49" />
      <source>Strategy discussion: a child at risk (SSWBA 2014 s130; Children Act 1989 s47)</source>
      <translation>Trafodaeth strategaeth: plentyn sy'n wynebu risg (Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, a.130; Deddf Plant 1989, a.47)</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/seal.py" line="41" />
      <source>Give a reason of at least {MIN_REASON} characters: it is kept with the seal.</source>
      <translation>Rhowch reswm o {MIN_REASON} nod o leiaf: caiff ei gadw gyda'r sêl.</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/seal.py" line="50" />
      <source>Only these roles may acknowledge an altered audit log: {names}. Your profile's role is not one of them.</source>
      <translation>Dim ond y rolau hyn a gaiff gydnabod log archwilio a newidiwyd: {names}. Nid yw rôl eich proffil yn un ohonynt.</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/seal.py" line="50" />
      <source>Ask your information governance team; the organisation's policy file sets who may acknowledge.</source>
      <translation>Gofynnwch i'ch tîm llywodraethu gwybodaeth; ffeil polisi'r sefydliad sy'n pennu pwy gaiff gydnabod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/audit/seal.py" line="59" />
      <source>The audit log is intact: there is nothing to acknowledge.</source>
      <translation>Mae'r log archwilio'n gyfan: nid oes dim i'w gydnabod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="33" />
      <source>The folder {folder} does not exist.</source>
      <translation>Nid yw'r ffolder {folder} yn bodoli.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="33" />
      <source>Create it first, or choose another.</source>
      <translation>Crëwch hi'n gyntaf, neu dewiswch un arall.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="43" />
      <source>{path} is a folder.</source>
      <translation>Ffolder yw {path}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="43" />
      <source>Give a file name inside it, such as chronology.csv.</source>
      <translation>Rhowch enw ffeil y tu mewn iddi, fel chronology.csv.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="49" />
      <source>{path} is not an ordinary file (a device or a pipe), so nothing was written.</source>
      <translation>Nid ffeil arferol yw {path} (dyfais neu bibell), felly ni ysgrifennwyd dim.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="49" />
      <source>Choose a file in a folder of yours.</source>
      <translation>Dewiswch ffeil mewn ffolder sy'n eiddo i chi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="55" />
      <source>{path} already exists.</source>
      <translation>Mae {path} yn bodoli eisoes.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="55" />
      <source>Choose another name, or give --force to replace it.</source>
      <translation>Dewiswch enw arall, neu rhowch --force i'w disodli.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="74" />
      <source>The export could not be written to {path} ({value}).</source>
      <translation>Nid oedd modd ysgrifennu'r allforiad i {path} ({value}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="74" />
      <source>Check you may write there, or choose another place.</source>
      <translation>Gwiriwch fod hawl gennych i ysgrifennu yno, neu dewiswch le arall.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="69" />
      <source>The disk holding {path_parent} is full, so the export was not written.</source>
      <translation>Mae'r ddisg sy'n dal {path_parent} yn llawn, felly ni ysgrifennwyd yr allforiad.</translation>
    </message>
    <message>
      <location filename="../../caseworker/exports/target.py" line="69" />
      <source>Free some space or choose another place; nothing was left behind.</source>
      <translation>Rhyddhewch le neu dewiswch le arall; ni adawyd dim ar ôl.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/rules.py" line="99" />
      <source>The emerging-needs rules ({path}) cannot be read ({kind}).</source>
      <translation>Nid oes modd darllen y rheolau anghenion sy'n dod i'r amlwg ({path}) ({kind}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/rules.py" line="99" />
      <source>Ask your administrator to check the file and its permissions.</source>
      <translation>Gofynnwch i'ch gweinyddwr wirio'r ffeil a'i chaniatâd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/rules.py" line="109" />
      <source>The emerging-needs rules ({path}) are not valid: {exc}.</source>
      <translation>Nid yw'r rheolau anghenion sy'n dod i'r amlwg ({path}) yn ddilys: {exc}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/insight/rules.py" line="109" />
      <source>Ask your administrator to correct them; no emerging needs are shown until then.</source>
      <translation>Gofynnwch i'ch gweinyddwr eu cywiro; ni ddangosir unrhyw anghenion sy'n dod i'r amlwg tan hynny.</translation>
    </message>
    <message>
      <location filename="../../caseworker/linkage/params_store.py" line="70" />
      <source>The thresholds must satisfy 0 &lt; review_at &lt;= link_at &lt; 1, and the prior lie between 0 and 1.</source>
      <translation>Rhaid i'r trothwyon fodloni 0 &lt; review_at &lt;= link_at &lt; 1, a rhaid i'r tebygolrwydd blaenorol fod rhwng 0 ac 1.</translation>
    </message>
    <message>
      <location filename="../../caseworker/linkage/params_store.py" line="63" />
      <source>These linkage parameters cannot be used ({error}).</source>
      <translation>Nid oes modd defnyddio'r paramedrau cysylltu hyn ({error}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/linkage/params_store.py" line="63" />
      <source>A parameters file holds m and u for every field and level; export the current ones with 'linkage params --export FILE' to see the shape.</source>
      <translation>Mae ffeil paramedrau'n dal m ac u ar gyfer pob maes a lefel; allforiwch y rhai presennol gyda 'linkage params --export FILE' i weld y ffurf.</translation>
    </message>
    <message>
      <location filename="../../caseworker/linkage/params_store.py" line="95" />
      <source>The parameters file could not be read ({error}).</source>
      <translation>Nid oedd modd darllen y ffeil paramedrau ({error}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="192" />
      <source>{config_name}'s authentication is not fully configured.</source>
      <translation>Nid yw dilysu {config_name} wedi'i ffurfweddu'n llawn.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="43" />
      <source>Partners must be reached over https (plain http is allowed only on this machine).</source>
      <translation>Rhaid cyrraedd partneriaid dros https (dim ond ar y cyfrifiadur hwn y caniateir http plaen).</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="43" />
      <source>Ask the partner for its https address.</source>
      <translation>Gofynnwch i'r partner am ei gyfeiriad https.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="182" />
      <source>No credentials for {config_name} are in the keyring.</source>
      <translation>Nid oes manylion mewngofnodi ar gyfer {config_name} yn y cylch allweddi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="182" />
      <source>Add them again with: caseworker partners add … --secret-stdin</source>
      <translation>Ychwanegwch nhw eto gyda: caseworker partners add … --secret-stdin</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="154" />
      <source>{partner_name} refused Caseworker's client credentials.</source>
      <translation>Gwrthododd {partner_name} fanylion cleient Caseworker.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="154" />
      <source>Ask your administrator to renew the partner connection.</source>
      <translation>Gofynnwch i'ch gweinyddwr adnewyddu'r cysylltiad â'r partner.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="160" />
      <source>{partner_name}'s sign-in service answered HTTP {response_status_code}.</source>
      <translation>Atebodd gwasanaeth mewngofnodi {partner_name} gyda HTTP {response_status_code}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="142" />
      <source>The certificate of {partner_name}'s sign-in service could not be verified, so Caseworker sent it nothing.</source>
      <translation>Nid oedd modd gwirio tystysgrif gwasanaeth mewngofnodi {partner_name}, felly nid anfonodd Caseworker ddim ato.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="142" />
      <source>Add the partner's CA bundle to its settings, or tell your administrator.</source>
      <translation>Ychwanegwch fwndel CA y partner at ei osodiadau, neu dywedwch wrth eich gweinyddwr.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="149" />
      <source>{partner_name}'s sign-in service could not be reached.</source>
      <translation>Nid oedd modd cyrraedd gwasanaeth mewngofnodi {partner_name}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/auth.py" line="168" />
      <source>{partner_name}'s sign-in service sent a token Caseworker cannot read.</source>
      <translation>Anfonodd gwasanaeth mewngofnodi {partner_name} docyn na all Caseworker ei ddarllen.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/case_sharing.py" line="203" />
      <source>{config_name} keeps returning the same page.</source>
      <translation>Mae {config_name} yn dal i anfon yr un dudalen yn ôl.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/case_sharing.py" line="203" />
      <source>Report this to the partner's system administrator.</source>
      <translation>Rhowch wybod am hyn i weinyddwr system y partner.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="171" />
      <source>{config_name} {said} {path} records but {what} after {received}, so this sync of it is incomplete; what was not received will be asked for again.</source>
      <translation>Mae {config_name} {said} o gofnodion {path} ond {what} ar ôl {received}, felly mae'r cysoni hwn ohono'n anghyflawn; gofynnir eto am yr hyn na chafwyd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="171" />
      <source>Ask the partner whether its server supports paging (next links or _offset).</source>
      <translation>Gofynnwch i'r partner a yw ei weinydd yn cefnogi tudalennu (dolenni 'next' neu _offset).</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/fhir.py" line="129" />
      <source>{config_name} answered a {path} search with an error ({codes}).</source>
      <translation>Atebodd {config_name} chwiliad {path} gyda gwall ({codes}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="243" />
      <source>{partner_name} refused Caseworker's credentials (HTTP {status}).</source>
      <translation>Gwrthododd {partner_name} fanylion mewngofnodi Caseworker (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="250" />
      <source>{partner_name} is unavailable (HTTP {status}).</source>
      <translation>Nid yw {partner_name} ar gael (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="250" />
      <source>Sync will continue from where it stopped next time.</source>
      <translation>Bydd y cysoni'n parhau o'r man lle stopiodd y tro nesaf.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="259" />
      <source>{partner_name} answered HTTP {status} to a sync request.</source>
      <translation>Atebodd {partner_name} gyda HTTP {status} i gais cysoni.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="318" />
      <source>Details: {exc}</source>
      <translation>Manylion: {exc}</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="148" />
      <source>{partner_name} sent a link to another address, which Caseworker did not follow (nothing was sent there).</source>
      <translation>Anfonodd {partner_name} ddolen i gyfeiriad arall, ac ni wnaeth Caseworker ei dilyn (ni anfonwyd dim yno).</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="148" />
      <source>Ask the partner to correct its server's base address.</source>
      <translation>Gofynnwch i'r partner gywiro cyfeiriad sylfaen ei weinydd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="196" />
      <source>{partner_name} took longer than {limits_request_deadline_s:.0f} seconds to answer, so Caseworker stopped waiting.</source>
      <translation>Cymerodd {partner_name} fwy na {limits_request_deadline_s:.0f} eiliad i ateb, felly rhoddodd Caseworker y gorau i aros.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="196" />
      <source>Try again later; the records already held are unaffected.</source>
      <translation>Rhowch gynnig arall arni yn nes ymlaen; nid effeithiwyd ar y cofnodion a gedwir eisoes.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="214" />
      <source>The certificate {partner_name} presented could not be verified, so Caseworker sent and accepted nothing.</source>
      <translation>Nid oedd modd gwirio'r dystysgrif a gyflwynodd {partner_name}, felly nid anfonodd na derbyniodd Caseworker ddim.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="214" />
      <source>If the partner uses its own certificate authority, add its CA bundle to the partner's settings. Otherwise tell your administrator: it can mean the connection is being intercepted.</source>
      <translation>Os yw'r partner yn defnyddio ei awdurdod tystysgrifau ei hun, ychwanegwch ei fwndel CA at osodiadau'r partner. Fel arall dywedwch wrth eich gweinyddwr: gall olygu bod rhywun yn rhyng-gipio'r cysylltiad.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="223" />
      <source>{partner_name} did not answer in time.</source>
      <translation>Ni atebodd {partner_name} mewn pryd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="223" />
      <source>Try again later.</source>
      <translation>Rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="233" />
      <source>{partner_name} could not be reached.</source>
      <translation>Nid oedd modd cyrraedd {partner_name}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="233" />
      <source>Check the network connection; the records already held are unaffected.</source>
      <translation>Gwiriwch y cysylltiad rhwydwaith; nid effeithir ar y cofnodion a ddelir eisoes.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="311" />
      <source>{what}: it is nested more deeply than Caseworker reads.</source>
      <translation>{what}: mae wedi'i nythu'n ddyfnach nag y mae Caseworker yn ei ddarllen.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="188" />
      <source>{partner_name} redirected Caseworker to another address, which it did not follow (no credentials or data were sent there).</source>
      <translation>Ailgyfeiriodd {partner_name} Caseworker i gyfeiriad arall, ac ni wnaeth ei ddilyn (ni anfonwyd manylion mewngofnodi na data yno).</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/http.py" line="205" />
      <source>{partner_name} sent an answer larger than {value} MB, which Caseworker refused.</source>
      <translation>Anfonodd {partner_name} ateb mwy na {value} MB, a gwrthododd Caseworker ef.</translation>
    </message>
    <message>
      <location filename="../../caseworker/partners/outbox_client.py" line="142" />
      <source>{partner} answered an enquiry in a form Caseworker cannot read.</source>
      <translation>Atebodd {partner} ymholiad mewn ffurf na all Caseworker ei darllen.</translation>
    </message>
    <message>
      <location filename="../../caseworker/policy.py" line="78" />
      <source>The organisation's policy file ({path}) asks for PINs shorter than {MIN_PIN_LENGTH} characters.</source>
      <translation>Mae ffeil polisi'r sefydliad ({path}) yn gofyn am PINau byrrach na {MIN_PIN_LENGTH} nod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/policy.py" line="78" />
      <source>Ask your IT team to correct it; Caseworker will not open until it is.</source>
      <translation>Gofynnwch i'ch tîm TG ei gywiro; ni fydd Caseworker yn agor nes iddo gael ei gywiro.</translation>
    </message>
    <message>
      <location filename="../../caseworker/policy.py" line="62" />
      <source>The organisation's policy file ({path}) cannot be read ({kind}).</source>
      <translation>Nid oes modd darllen ffeil polisi'r sefydliad ({path}) ({kind}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/policy.py" line="62" />
      <source>Ask your IT team to check the file and its permissions.</source>
      <translation>Gofynnwch i'ch tîm TG wirio'r ffeil a'i chaniatâd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/policy.py" line="71" />
      <source>The organisation's policy file ({path}) is not valid: {exc}.</source>
      <translation>Nid yw ffeil polisi'r sefydliad ({path}) yn ddilys: {exc}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/profile.py" line="65" />
      <source>Choose your organisation, role and purposes first.</source>
      <translation>Dewiswch eich sefydliad, eich rôl a'ch dibenion yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="50" />
      <source>No partner {partner_id} is configured.</source>
      <translation>Nid oes partner {partner_id} wedi'i ffurfweddu.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="50" />
      <source>Add the partner first (caseworker partners add …), then import its agreement.</source>
      <translation>Ychwanegwch y partner yn gyntaf (caseworker partners add …), yna mewnforiwch ei gytundeb.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="57" />
      <source>The file is not a signed agreement: {published_problem}.</source>
      <translation>Nid cytundeb wedi'i lofnodi yw'r ffeil: {published_problem}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="57" />
      <source>Ask the provider's data protection officer for the signed file (caseworker agreements sign writes one).</source>
      <translation>Gofynnwch i swyddog diogelu data'r darparwr am y ffeil wedi'i llofnodi (mae caseworker agreements sign yn ysgrifennu un).</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="65" />
      <source>This agreement is from provider {doc_provider}, not from partner {partner_id}.</source>
      <translation>Daw'r cytundeb hwn gan y darparwr {doc_provider}, nid gan y partner {partner_id}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="65" />
      <source>Import it for the partner whose id is {doc_provider}, or add this partner again with --id {provider_id} so that the two match.</source>
      <translation>Mewnforiwch ef ar gyfer y partner y mae ei ddynodydd yn {doc_provider}, neu ychwanegwch y partner hwn eto gyda --id {provider_id} fel bod y ddau'n cyfateb.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="74" />
      <source>Partner {partner_id} has no agreement-signing key configured, so the agreement cannot be checked.</source>
      <translation>Nid oes allwedd llofnodi cytundebau wedi'i ffurfweddu ar gyfer y partner {partner_id}, felly nid oes modd gwirio'r cytundeb.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="74" />
      <source>Ask the provider's data protection officer for their public key and add it: caseworker partners add --id {partner} … --public-key KEY.</source>
      <translation>Gofynnwch i swyddog diogelu data'r darparwr am ei allwedd gyhoeddus a'i hychwanegu: caseworker partners add --id {partner} … --public-key KEY.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="83" />
      <source>The agreement's signature does not verify against {config_name}'s key: it was changed after it was signed, or signed with another key.</source>
      <translation>Nid yw llofnod y cytundeb yn cyfateb i allwedd {config_name}: cafodd ei newid ar ôl ei lofnodi, neu ei lofnodi ag allwedd arall.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/agreements.py" line="83" />
      <source>Ask the provider's data protection officer to sign it again, and check the public key configured for the partner is theirs.</source>
      <translation>Gofynnwch i swyddog diogelu data'r darparwr ei lofnodi eto, a gwiriwch mai eu hallwedd gyhoeddus nhw sydd wedi'i gosod ar gyfer y partner.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/consent.py" line="39" />
      <source>No citizen with that id is held in this store.</source>
      <translation>Nid oes dinesydd gyda'r dynodydd hwnnw yn y storfa hon.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="72" />
      <source>Say what the concern is, in the referrer's words.</source>
      <translation>Dywedwch beth yw'r pryder, yng ngeiriau'r atgyfeiriwr.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="74" />
      <source>That is longer than {MAX_TEXT} characters.</source>
      <translation>Mae hynny'n hwy na {MAX_TEXT} nod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="74" />
      <source>Summarise the concern; attach long documents in your own case system.</source>
      <translation>Crynhowch y pryder; atodwch ddogfennau hir yn eich system achosion eich hun.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="80" />
      <source>Say who raised the concern and from which agency.</source>
      <translation>Dywedwch pwy a gododd y pryder ac o ba asiantaeth.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="82" />
      <source>Choose what the concern is about from the list.</source>
      <translation>Dewiswch o'r rhestr beth yw testun y pryder.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="84" />
      <source>Give the child's name or date of birth, as the referrer gave it.</source>
      <translation>Rhowch enw neu ddyddiad geni'r plentyn, fel y'u rhoddwyd gan yr atgyfeiriwr.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="86" />
      <source>Rate the contact red, amber or green.</source>
      <translation>Graddiwch y cyswllt yn goch, ambr neu wyrdd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="91" />
      <source>A contact cannot be received in the future.</source>
      <translation>Ni ellir derbyn cyswllt yn y dyfodol.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="218" />
      <source>No contact with that id is held in this store.</source>
      <translation>Nid oes cyswllt â'r id hwnnw yn y storfa hon.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/contacts.py" line="102" />
      <source>No partner agency {partner} is set up here.</source>
      <translation>Nid oes asiantaeth bartner {partner} wedi'i gosod yma.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/decisions.py" line="63" />
      <source>Choose the decision from the list.</source>
      <translation>Dewiswch y penderfyniad o'r rhestr.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/decisions.py" line="65" />
      <source>Give the rationale in at least {MIN_RATIONALE} characters: it is kept with the decision and sent to the agencies that contributed.</source>
      <translation>Rhowch y rhesymeg mewn o leiaf {MIN_RATIONALE} nod: caiff ei chadw gyda'r penderfyniad a'i hanfon at yr asiantaethau a gyfrannodd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/decisions.py" line="71" />
      <source>That is longer than {MAX_RATIONALE} characters.</source>
      <translation>Mae hynny'n hwy na {MAX_RATIONALE} nod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/decisions.py" line="71" />
      <source>Summarise the rationale; keep the full assessment in your own case system.</source>
      <translation>Crynhowch y rhesymeg; cadwch yr asesiad llawn yn eich system achosion eich hun.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/decisions.py" line="83" />
      <source>Only these roles may record the front door's decision: {names}.</source>
      <translation>Dim ond y rolau hyn a gaiff gofnodi penderfyniad y drws ffrynt: {names}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/decisions.py" line="83" />
      <source>Ask a colleague who may; the organisation's policy file sets who.</source>
      <translation>Gofynnwch i gydweithiwr sy'n cael gwneud hynny; ffeil bolisi'r sefydliad sy'n pennu pwy.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/decisions.py" line="92" />
      <source>Say who the child is first, or that no one here knows them.</source>
      <translation>Dywedwch yn gyntaf pwy yw'r plentyn, neu nad oes neb yma'n ei adnabod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/decisions.py" line="92" />
      <source>Choose among the possible matches.</source>
      <translation>Dewiswch o blith y parau posibl.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/decisions.py" line="97" />
      <source>This contact has been decided already.</source>
      <translation>Mae penderfyniad ar y cyswllt hwn eisoes.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/emerging.py" line="39" />
      <source>No household with that key is on the emerging-needs list now.</source>
      <translation>Nid oes aelwyd gyda'r allwedd honno ar y rhestr anghenion sy'n dod i'r amlwg nawr.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/emerging.py" line="39" />
      <source>List them again: the evidence may have changed, or the household is now open to children's social care.</source>
      <translation>Rhestrwch nhw eto: efallai fod y dystiolaeth wedi newid, neu fod yr aelwyd bellach yn hysbys i ofal cymdeithasol plant.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/emerging.py" line="50" />
      <source>Give a reason for dismissing: it is kept in the audit log.</source>
      <translation>Rhowch reswm dros ddiystyru: fe'i cedwir yn y log archwilio.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/emerging.py" line="52" />
      <source>Keep the reason under {MAX_REASON} characters.</source>
      <translation>Cadwch y rheswm o dan {MAX_REASON} nod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/enquiries.py" line="108" />
      <source>Choose at least one partner to ask.</source>
      <translation>Dewiswch o leiaf un partner i'w holi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/enquiries.py" line="108" />
      <source>Partners that hold the child or the household are chosen for you.</source>
      <translation>Dewisir i chi'r partneriaid sy'n dal cofnodion o'r plentyn neu'r aelwyd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/enquiries.py" line="206" />
      <source>No enquiry with that id is held in this store.</source>
      <translation>Nid oes ymholiad â'r id hwnnw yn y storfa hon.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/enquiries.py" line="115" />
      <source>Choose among the possible matches: an enquiry about the wrong child would share the wrong family's records.</source>
      <translation>Dewiswch o blith y parau posibl: byddai ymholiad am y plentyn anghywir yn rhannu cofnodion y teulu anghywir.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/enquiries.py" line="121" />
      <source>An enquiry about this contact is open already.</source>
      <translation>Mae ymholiad am y cyswllt hwn ar agor yn barod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="159" />
      <source>One of these records is no longer held.</source>
      <translation>Nid yw un o'r cofnodion hyn yn cael ei ddal mwyach.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="170" />
      <source>This pair has already been decided.</source>
      <translation>Mae penderfyniad eisoes wedi'i wneud ar y pâr hwn.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="170" />
      <source>Refresh the review queue to see what is still waiting.</source>
      <translation>Adnewyddwch y ciw adolygu i weld beth sy'n dal i aros.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="176" />
      <source>These records have been linked since, by another decision or a shared identifier.</source>
      <translation>Mae'r cofnodion hyn wedi'u cysylltu ers hynny, gan benderfyniad arall neu ddynodydd a rennir.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="176" />
      <source>If they are not the same person, unlink the record from the person's page.</source>
      <translation>Os nad ydynt yr un person, datgysylltwch y cofnod o dudalen y person.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="228" />
      <source>There is no decision on this pair to undo.</source>
      <translation>Nid oes penderfyniad ar y pâr hwn i'w ddadwneud.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="262" />
      <source>These records are already linked as one person.</source>
      <translation>Mae'r cofnodion hyn eisoes wedi'u cysylltu fel un person.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="265" />
      <source>One of these people has no records left to link.</source>
      <translation>Nid oes gan un o'r bobl hyn gofnodion ar ôl i'w cysylltu.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="277" />
      <source>These records carry different NHS numbers, so they are different people.</source>
      <translation>Mae gan y cofnodion hyn rifau GIG gwahanol, felly pobl wahanol ydynt.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="277" />
      <source>If an NHS number is wrong, ask the partner who holds it to correct it.</source>
      <translation>Os yw rhif GIG yn anghywir, gofynnwch i'r partner sy'n ei ddal ei gywiro.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="316" />
      <source>That record is not part of this person's view.</source>
      <translation>Nid yw'r cofnod hwnnw'n rhan o olwg y person hwn.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/linkage.py" line="318" />
      <source>This is the only record of this person: there is nothing to unlink.</source>
      <translation>Dyma'r unig gofnod o'r person hwn: nid oes dim i'w ddatgysylltu.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/partners.py" line="64" />
      <source>{count} messages for this partner have not gone yet.</source>
      <translation>Nid yw {count} neges ar gyfer y partner hwn wedi mynd eto.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/partners.py" line="64" />
      <source>Sync first, or remove anyway to discard them.</source>
      <translation>Cysonwch yn gyntaf, neu tynnwch beth bynnag i'w taflu.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/requests.py" line="36" />
      <source>Please give a reason of at least {MIN_REASON} characters.</source>
      <translation>Rhowch reswm o {MIN_REASON} nod o leiaf.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/requests.py" line="36" />
      <source>The provider reads it to decide, and it is kept on the record.</source>
      <translation>Mae'r darparwr yn ei ddarllen i benderfynu, ac mae'n cael ei gadw ar y cofnod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/team.py" line="93" />
      <source>Write something first: the entry is empty.</source>
      <translation>Ysgrifennwch rywbeth yn gyntaf: mae'r cofnod yn wag.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/team.py" line="95" />
      <source>Keep case notes short; attach long documents in your own case system.</source>
      <translation>Cadwch nodiadau achos yn fyr; atodwch ddogfennau hir yn eich system achosion eich hun.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/team.py" line="101" />
      <source>Choose the one agency you are referring to.</source>
      <translation>Dewiswch yr un asiantaeth rydych yn atgyfeirio ati.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/team.py" line="103" />
      <source>Say how urgent the referral is: routine, urgent or immediate.</source>
      <translation>Dywedwch pa mor frys yw'r atgyfeiriad: arferol, brys neu ar unwaith.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/team.py" line="105" />
      <source>Say on what basis you share this: the family's consent, or the law that allows sharing without it.</source>
      <translation>Dywedwch ar ba sail rydych yn rhannu hyn: caniatâd y teulu, neu'r gyfraith sy'n caniatáu rhannu hebddo.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/team.py" line="110" />
      <source>A task belongs to one agency.</source>
      <translation>Mae tasg yn perthyn i un asiantaeth.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/team.py" line="118" />
      <source>An agency you chose holds no record of this person, so it cannot be written to about them.</source>
      <translation>Nid oes gan asiantaeth a ddewiswyd gennych gofnod o'r person hwn, felly ni ellir ysgrifennu ati amdanynt.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/team.py" line="118" />
      <source>Choose among the agencies listed for this person.</source>
      <translation>Dewiswch o blith yr asiantaethau a restrir ar gyfer y person hwn.</translation>
    </message>
    <message>
      <location filename="../../caseworker/services/team.py" line="171" />
      <source>There is no such task.</source>
      <translation>Nid oes tasg o'r fath.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/engine.py" line="114" />
      <source>The store cannot be read with the key held in the keyring: either the key is not the one this store was created with, or the file is damaged.</source>
      <translation>Ni ellir darllen y storfa gyda'r allwedd yn y cylch allweddi: naill ai nid hon yw'r allwedd y crëwyd y storfa gyda hi, neu mae'r ffeil wedi'i difrodi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/engine.py" line="114" />
      <source>Nothing was changed. Restore the file or the keyring from backup.</source>
      <translation>Ni newidiwyd dim. Adferwch y ffeil neu'r cylch allweddi o gopi wrth gefn.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/engine.py" line="66" />
      <source>The store file is not encrypted, so it is not a Caseworker store.</source>
      <translation>Nid yw ffeil y storfa wedi'i hamgryptio, felly nid storfa Caseworker ydyw.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/engine.py" line="66" />
      <source>Move {path_name} aside; Caseworker has not changed it.</source>
      <translation>Symudwch {path_name} o'r ffordd; nid yw Caseworker wedi'i newid.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="104" />
      <source>Caseworker will not keep its encryption key here: {check_reason} ({check_name}).</source>
      <translation>Ni fydd Caseworker yn cadw ei allwedd amgryptio yma: {check_reason} ({check_name}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="136" />
      <source>The key held in the keyring for this store is not a valid key.</source>
      <translation>Nid yw'r allwedd a ddelir yn y cylch allweddi ar gyfer y storfa hon yn allwedd ddilys.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="136" />
      <source>Restore the keyring from backup; the store is left as it is.</source>
      <translation>Adferwch y cylch allweddi o gopi wrth gefn; gadewir y storfa fel y mae.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="183" />
      <source>The store's key is not in this keyring.</source>
      <translation>Nid yw allwedd y storfa yn y cylch allweddi hwn.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="183" />
      <source>Log in as the user who created the store, or restore the keyring. The store is left untouched.</source>
      <translation>Mewngofnodwch fel y defnyddiwr a greodd y storfa, neu adferwch y cylch allweddi. Ni chyffyrddir â'r storfa.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="193" />
      <source>The keyring did not keep the store key it was given.</source>
      <translation>Ni chadwodd y cylch allweddi yr allwedd storfa a roddwyd iddo.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="203" />
      <source>The file naming this store's key (store-id) is missing.</source>
      <translation>Mae'r ffeil sy'n enwi allwedd y storfa hon (store-id) ar goll.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="212" />
      <source>The keyring did not keep the new store key it was given.</source>
      <translation>Ni chadwodd y cylch allweddi yr allwedd storfa newydd a roddwyd iddo.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="123" />
      <source>The file naming this store's key (store-id) is damaged.</source>
      <translation>Mae'r ffeil sy'n enwi allwedd y storfa hon (store-id) wedi'i difrodi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="123" />
      <source>Restore the store-id file from backup; the store is left as it is.</source>
      <translation>Adferwch y ffeil store-id o gopi wrth gefn; gadewir y storfa fel y mae.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="147" />
      <source>No system keyring is available to hold the store key.</source>
      <translation>Nid oes cylch allweddi system ar gael i ddal allwedd y storfa.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="152" />
      <source>The system keyring is locked.</source>
      <translation>Mae cylch allweddi'r system wedi'i gloi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="152" />
      <source>Unlock it (log in again) and retry.</source>
      <translation>Datglowch ef (mewngofnodwch eto) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="156" />
      <source>The system keyring could not {action} the store key ({kind}).</source>
      <translation>Ni allai cylch allweddi'r system {action} allwedd y storfa ({kind}).</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="156" />
      <source>Check that your keyring service is running and unlocked.</source>
      <translation>Gwiriwch fod gwasanaeth eich cylch allweddi'n rhedeg ac wedi'i ddatgloi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/keys.py" line="173" />
      <source>The store exists but the file naming its key (store-id) is missing.</source>
      <translation>Mae'r storfa'n bodoli ond mae'r ffeil sy'n enwi ei hallwedd (store-id) ar goll.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="99" />
      <source>This store is protected by a PIN as well as the system keyring.</source>
      <translation>Diogelir y storfa hon gan PIN yn ogystal â chylch allweddi'r system.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="110" />
      <source>That PIN does not open this store.</source>
      <translation>Nid yw'r PIN hwnnw'n agor y storfa hon.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="110" />
      <source>Check it and try again. If you have forgotten it, ask your IT team: the PIN cannot be recovered, and without it the store's data must be synced again.</source>
      <translation>Gwiriwch ef a rhowch gynnig arall. Os ydych wedi'i anghofio, gofynnwch i'ch tîm TG: ni ellir adfer y PIN, a hebddo rhaid cysoni data'r storfa eto.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="121" />
      <source>The PIN must be at least {min_length} characters long.</source>
      <translation>Rhaid i'r PIN fod o leiaf {min_length} nod o hyd.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="121" />
      <source>Choose a longer PIN.</source>
      <translation>Dewiswch PIN hirach.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="127" />
      <source>The PIN must be at most {MAX_PIN_LENGTH} characters long.</source>
      <translation>Ni chaiff y PIN fod yn hwy na {MAX_PIN_LENGTH} nod.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="127" />
      <source>Choose a shorter PIN.</source>
      <translation>Dewiswch PIN byrrach.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="134" />
      <source>The PIN is a run or a repeat of one character, which is among the first to be guessed.</source>
      <translation>Mae'r PIN yn rhediad neu'n ailadrodd un nod, sydd ymhlith y cyntaf i gael eu dyfalu.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="134" />
      <source>Choose a PIN that is not a run like 123456 or a repeat like 000000.</source>
      <translation>Dewiswch PIN nad yw'n rhediad fel 123456 nac yn ailadrodd fel 000000.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="166" />
      <source>The file holding the store's PIN settings ({path_name}) is damaged.</source>
      <translation>Mae'r ffeil sy'n dal gosodiadau PIN y storfa ({path_name}) wedi'i difrodi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/pin.py" line="166" />
      <source>Restore it from backup beside the store; the store is left as it is.</source>
      <translation>Adferwch hi o gopi wrth gefn wrth ymyl y storfa; gadewir y storfa fel y mae.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/rekey.py" line="78" />
      <source>Your organisation requires a PIN for Caseworker, so it cannot be removed.</source>
      <translation>Mae eich sefydliad yn gofyn am PIN ar gyfer Caseworker, felly ni ellir ei dynnu.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/rekey.py" line="78" />
      <source>Change it instead: python main.py store pin set</source>
      <translation>Newidiwch ef yn lle hynny: python main.py store pin set</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="207" />
      <source>Your organisation requires a PIN for Caseworker, and this store has none yet.</source>
      <translation>Mae eich sefydliad yn gofyn am PIN ar gyfer Caseworker, ac nid oes gan y storfa hon un eto.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="207" />
      <source>Choose one: the window asks when it starts, or run: python main.py store pin set</source>
      <translation>Dewiswch un: mae'r ffenestr yn gofyn pan fydd yn cychwyn, neu rhedwch: python main.py store pin set</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="105" />
      <source>This store cannot be unlocked here.</source>
      <translation>Ni ellir datgloi'r storfa hon yma.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="105" />
      <source>Start Caseworker again.</source>
      <translation>Dechreuwch Caseworker eto.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="107" />
      <source>The store file is no longer where it was.</source>
      <translation>Nid yw ffeil y storfa lle'r oedd hi mwyach.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="107" />
      <source>Restore it from backup, then unlock again.</source>
      <translation>Adferwch hi o gopi wrth gefn, yna datglowch eto.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="120" />
      <source>The store is locked.</source>
      <translation>Mae'r storfa wedi'i chloi.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="120" />
      <source>Unlock it to continue.</source>
      <translation>Datglowch hi i barhau.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="146" />
      <source>The disk is full, so the change was not saved. Nothing already held was changed.</source>
      <translation>Mae'r ddisg yn llawn, felly ni chadwyd y newid. Ni newidiwyd dim a ddelir eisoes.</translation>
    </message>
    <message>
      <location filename="../../caseworker/store/store.py" line="146" />
      <source>Free some disk space and try again.</source>
      <translation>Rhyddhewch ychydig o le ar y ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/anchoring.py" line="49" />
      <source>The audit log on this computer has been altered: {problem}.</source>
      <translation>Mae'r log archwilio ar y cyfrifiadur hwn wedi'i newid: {problem}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/apart.py" line="123" />
      <source>The sync stopped before it finished. Everything it had stored is kept, and nothing was stored twice.</source>
      <translation>Daeth y cysoni i ben cyn gorffen. Mae popeth a gadwodd wedi’i gadw, ac ni chadwyd dim ddwywaith.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/apart.py" line="123" />
      <source>Sync again to fetch the rest. If it keeps stopping, tell your IT support.</source>
      <translation>Cysonwch eto i nôl y gweddill. Os yw’n dal i stopio, dywedwch wrth eich cymorth TG.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/apart.py" line="179" />
      <source>The sync stopped because of a fault in Caseworker. Everything it had stored is kept.</source>
      <translation>Daeth y cysoni i ben oherwydd nam yn Caseworker. Mae popeth a gadwodd wedi’i gadw.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/apart.py" line="179" />
      <source>Sync again. If it keeps stopping, tell your IT support.</source>
      <translation>Cysonwch eto. Os yw’n dal i stopio, dywedwch wrth eich cymorth TG.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/apart.py" line="91" />
      <source>The store was locked during the sync, so the sync stopped. What it had stored is kept.</source>
      <translation>Cafodd y storfa ei chloi yn ystod y cysoni, felly daeth y cysoni i ben. Mae’r hyn a gadwodd wedi’i gadw.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/apart.py" line="91" />
      <source>Unlock Caseworker and sync again for the rest.</source>
      <translation>Datgloi Caseworker a chysoni eto i gael y gweddill.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/engine.py" line="161" />
      <source>Nothing from {config_name} can be stored: {why}.</source>
      <translation>Nid oes modd storio dim gan {config_name}: {why}.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/engine.py" line="161" />
      <source>Import the agreement its data protection officer signed (caseworker agreements import FILE --partner {config_partner_id}), or ask them to publish it; see docs/partners.md.</source>
      <translation>Mewnforiwch y cytundeb a lofnododd ei swyddog diogelu data (caseworker agreements import FILE --partner {config_partner_id}), neu gofynnwch iddynt ei gyhoeddi; gweler docs/partners.md.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/engine.py" line="242" />
      <source>Choose your organisation, role and purposes before syncing: what you may see depends on them.</source>
      <translation>Dewiswch eich sefydliad, eich rôl a'ch dibenion cyn cysoni: mae'r hyn y cewch ei weld yn dibynnu arnynt.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/engine.py" line="242" />
      <source>In the app: Settings → Profile. On the command line: caseworker profile set.</source>
      <translation>Yn yr ap: Gosodiadau → Proffil. Ar y llinell orchymyn: caseworker profile set.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/engine.py" line="402" />
      <source>Caseworker could not read what {config_name} sent (an unexpected {kind}); nothing of it was stored in part.</source>
      <translation>Ni allai Caseworker ddarllen yr hyn a anfonodd {config_name} ({kind} annisgwyl); ni storiwyd dim ohono'n rhannol.</translation>
    </message>
    <message>
      <location filename="../../caseworker/sync/engine.py" line="402" />
      <source>The other partners synced. Report this to your administrator.</source>
      <translation>Cafodd y partneriaid eraill eu cysoni. Rhowch wybod i'ch gweinyddwr.</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="92" />
      <source>The log is intact: {count} entries, none changed, removed or reordered.</source>
      <comment>plural:zero</comment>
      <translation>Mae'r log yn gyfan: {count} cofnodion, dim un wedi'i newid, ei dynnu na'i aildrefnu.</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="92" />
      <source>The log is intact: {count} entries, none changed, removed or reordered.</source>
      <comment>plural:two</comment>
      <translation>Mae'r log yn gyfan: {count} gofnod, dim un wedi'i newid, ei dynnu na'i aildrefnu.</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="92" />
      <source>The log is intact: {count} entries, none changed, removed or reordered.</source>
      <comment>plural:few</comment>
      <translation>Mae'r log yn gyfan: {count} chofnod, dim un wedi'i newid, ei dynnu na'i aildrefnu.</translation>
    </message>
    <message>
      <location filename="../../ui/audit/page.py" line="92" />
      <source>The log is intact: {count} entries, none changed, removed or reordered.</source>
      <comment>plural:many</comment>
      <translation>Mae'r log yn gyfan: {count} chofnod, dim un wedi'i newid, ei dynnu na'i aildrefnu.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="117" />
      <source>{count} households where two or more agencies each hold a concern that nobody has joined up yet.</source>
      <comment>plural:zero</comment>
      <translation>{count} aelwydydd lle mae gan ddwy asiantaeth neu fwy bryder yr un nad oes neb wedi'u cysylltu eto.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="117" />
      <source>{count} households where two or more agencies each hold a concern that nobody has joined up yet.</source>
      <comment>plural:two</comment>
      <translation>{count} aelwyd lle mae gan ddwy asiantaeth neu fwy bryder yr un nad oes neb wedi'u cysylltu eto.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="117" />
      <source>{count} households where two or more agencies each hold a concern that nobody has joined up yet.</source>
      <comment>plural:few</comment>
      <translation>{count} aelwyd lle mae gan ddwy asiantaeth neu fwy bryder yr un nad oes neb wedi'u cysylltu eto.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="117" />
      <source>{count} households where two or more agencies each hold a concern that nobody has joined up yet.</source>
      <comment>plural:many</comment>
      <translation>{count} aelwyd lle mae gan ddwy asiantaeth neu fwy bryder yr un nad oes neb wedi'u cysylltu eto.</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="199" />
      <source>{count} records</source>
      <comment>plural:zero</comment>
      <translation>{count} cofnodion</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="199" />
      <source>{count} records</source>
      <comment>plural:two</comment>
      <translation>{count} gofnod</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="199" />
      <source>{count} records</source>
      <comment>plural:few</comment>
      <translation>{count} chofnod</translation>
    </message>
    <message>
      <location filename="../../ui/emerging/page.py" line="199" />
      <source>{count} records</source>
      <comment>plural:many</comment>
      <translation>{count} chofnod</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="99" />
      <source>{count} contacts at the front door are overdue or due within the hour (Ctrl+Shift+D).</source>
      <comment>plural:zero</comment>
      <translation>Mae {count} cyswllt wrth y drws ffrynt yn hwyr neu'n ddyledus o fewn yr awr (Ctrl+Shift+D).</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="99" />
      <source>{count} contacts at the front door are overdue or due within the hour (Ctrl+Shift+D).</source>
      <comment>plural:two</comment>
      <translation>Mae {count} cyswllt wrth y drws ffrynt yn hwyr neu'n ddyledus o fewn yr awr (Ctrl+Shift+D).</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="99" />
      <source>{count} contacts at the front door are overdue or due within the hour (Ctrl+Shift+D).</source>
      <comment>plural:few</comment>
      <translation>Mae {count} cyswllt wrth y drws ffrynt yn hwyr neu'n ddyledus o fewn yr awr (Ctrl+Shift+D).</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/actions.py" line="99" />
      <source>{count} contacts at the front door are overdue or due within the hour (Ctrl+Shift+D).</source>
      <comment>plural:many</comment>
      <translation>Mae {count} cyswllt wrth y drws ffrynt yn hwyr neu'n ddyledus o fewn yr awr (Ctrl+Shift+D).</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="68" />
      <source>Shared {count} records</source>
      <comment>plural:zero</comment>
      <translation>Rhannodd {count} cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="68" />
      <source>Shared {count} records</source>
      <comment>plural:two</comment>
      <translation>Rhannodd {count} cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="68" />
      <source>Shared {count} records</source>
      <comment>plural:few</comment>
      <translation>Rhannodd {count} cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="68" />
      <source>Shared {count} records</source>
      <comment>plural:many</comment>
      <translation>Rhannodd {count} cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="219" />
      <source>{count} open contacts.</source>
      <comment>plural:zero</comment>
      <translation>{count} cyswllt agored.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="219" />
      <source>{count} open contacts.</source>
      <comment>plural:two</comment>
      <translation>{count} cyswllt agored.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="219" />
      <source>{count} open contacts.</source>
      <comment>plural:few</comment>
      <translation>{count} cyswllt agored.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="219" />
      <source>{count} open contacts.</source>
      <comment>plural:many</comment>
      <translation>{count} cyswllt agored.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="221" />
      <source>{count} are overdue.</source>
      <comment>plural:zero</comment>
      <translation>Mae {count} yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="221" />
      <source>{count} are overdue.</source>
      <comment>plural:two</comment>
      <translation>Mae {count} yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="221" />
      <source>{count} are overdue.</source>
      <comment>plural:few</comment>
      <translation>Mae {count} yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/frontdoor/page.py" line="221" />
      <source>{count} are overdue.</source>
      <comment>plural:many</comment>
      <translation>Mae {count} yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="51" />
      <source>{count} open</source>
      <comment>plural:zero</comment>
      <translation>{count} ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="51" />
      <source>{count} open</source>
      <comment>plural:two</comment>
      <translation>{count} ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="51" />
      <source>{count} open</source>
      <comment>plural:few</comment>
      <translation>{count} ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="51" />
      <source>{count} open</source>
      <comment>plural:many</comment>
      <translation>{count} ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="40" />
      <source>{count} new records</source>
      <comment>plural:zero</comment>
      <translation>{count} cofnodion newydd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="40" />
      <source>{count} new records</source>
      <comment>plural:two</comment>
      <translation>{count} gofnod newydd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="40" />
      <source>{count} new records</source>
      <comment>plural:few</comment>
      <translation>{count} chofnod newydd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="40" />
      <source>{count} new records</source>
      <comment>plural:many</comment>
      <translation>{count} chofnod newydd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="43" />
      <source>{count} consent changes</source>
      <comment>plural:zero</comment>
      <translation>{count} newidiadau caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="43" />
      <source>{count} consent changes</source>
      <comment>plural:two</comment>
      <translation>{count} newid caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="43" />
      <source>{count} consent changes</source>
      <comment>plural:few</comment>
      <translation>{count} newid caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="43" />
      <source>{count} consent changes</source>
      <comment>plural:many</comment>
      <translation>{count} newid caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="53" />
      <source>{count} overdue</source>
      <comment>plural:zero</comment>
      <translation>{count} yn hwyr</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="53" />
      <source>{count} overdue</source>
      <comment>plural:two</comment>
      <translation>{count} yn hwyr</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="53" />
      <source>{count} overdue</source>
      <comment>plural:few</comment>
      <translation>{count} yn hwyr</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="53" />
      <source>{count} overdue</source>
      <comment>plural:many</comment>
      <translation>{count} yn hwyr</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="149" />
      <source>{count} with something new.</source>
      <comment>plural:zero</comment>
      <translation>{count} gyda rhywbeth newydd.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="149" />
      <source>{count} with something new.</source>
      <comment>plural:two</comment>
      <translation>{count} gyda rhywbeth newydd.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="149" />
      <source>{count} with something new.</source>
      <comment>plural:few</comment>
      <translation>{count} gyda rhywbeth newydd.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="149" />
      <source>{count} with something new.</source>
      <comment>plural:many</comment>
      <translation>{count} gyda rhywbeth newydd.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="145" />
      <source>{count} people on your caseload.</source>
      <comment>plural:zero</comment>
      <translation>{count} pobl ar eich llwyth achosion.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="145" />
      <source>{count} people on your caseload.</source>
      <comment>plural:two</comment>
      <translation>{count} berson ar eich llwyth achosion.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="145" />
      <source>{count} people on your caseload.</source>
      <comment>plural:few</comment>
      <translation>{count} pherson ar eich llwyth achosion.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="145" />
      <source>{count} people on your caseload.</source>
      <comment>plural:many</comment>
      <translation>{count} pherson ar eich llwyth achosion.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="151" />
      <source>{count} tasks overdue.</source>
      <comment>plural:zero</comment>
      <translation>{count} tasgau yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="151" />
      <source>{count} tasks overdue.</source>
      <comment>plural:two</comment>
      <translation>{count} dasg yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="151" />
      <source>{count} tasks overdue.</source>
      <comment>plural:few</comment>
      <translation>{count} tasg yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/home/page.py" line="151" />
      <source>{count} tasks overdue.</source>
      <comment>plural:many</comment>
      <translation>{count} thasg yn hwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/actions.py" line="53" />
      <source>{count} possible matches wait for review (Ctrl+Shift+M).</source>
      <comment>plural:zero</comment>
      <translation>Mae {count} cyfatebiaethau posibl yn aros i'w hadolygu (Ctrl+Shift+M).</translation>
    </message>
    <message>
      <location filename="../../ui/matches/actions.py" line="53" />
      <source>{count} possible matches wait for review (Ctrl+Shift+M).</source>
      <comment>plural:two</comment>
      <translation>Mae {count} gyfatebiaeth bosibl yn aros i'w hadolygu (Ctrl+Shift+M).</translation>
    </message>
    <message>
      <location filename="../../ui/matches/actions.py" line="53" />
      <source>{count} possible matches wait for review (Ctrl+Shift+M).</source>
      <comment>plural:few</comment>
      <translation>Mae {count} cyfatebiaeth bosibl yn aros i'w hadolygu (Ctrl+Shift+M).</translation>
    </message>
    <message>
      <location filename="../../ui/matches/actions.py" line="53" />
      <source>{count} possible matches wait for review (Ctrl+Shift+M).</source>
      <comment>plural:many</comment>
      <translation>Mae {count} chyfatebiaeth bosibl yn aros i'w hadolygu (Ctrl+Shift+M).</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="151" />
      <source>{count} pairs of records may be the same person. Compare them and decide; each decision is kept with your name and is never asked again.</source>
      <comment>plural:zero</comment>
      <translation>Gall {count} parau o gofnodion fod yr un person. Cymharwch nhw a phenderfynwch; mae pob penderfyniad yn cael ei gadw gyda'ch enw ac ni ofynnir eto.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="151" />
      <source>{count} pairs of records may be the same person. Compare them and decide; each decision is kept with your name and is never asked again.</source>
      <comment>plural:two</comment>
      <translation>Gall {count} bâr o gofnodion fod yr un person. Cymharwch nhw a phenderfynwch; mae pob penderfyniad yn cael ei gadw gyda'ch enw ac ni ofynnir eto.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="151" />
      <source>{count} pairs of records may be the same person. Compare them and decide; each decision is kept with your name and is never asked again.</source>
      <comment>plural:few</comment>
      <translation>Gall {count} phâr o gofnodion fod yr un person. Cymharwch nhw a phenderfynwch; mae pob penderfyniad yn cael ei gadw gyda'ch enw ac ni ofynnir eto.</translation>
    </message>
    <message>
      <location filename="../../ui/matches/review_dialog.py" line="151" />
      <source>{count} pairs of records may be the same person. Compare them and decide; each decision is kept with your name and is never asked again.</source>
      <comment>plural:many</comment>
      <translation>Gall {count} phâr o gofnodion fod yr un person. Cymharwch nhw a phenderfynwch; mae pob penderfyniad yn cael ei gadw gyda'ch enw ac ni ofynnir eto.</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="122" />
      <source>{count} items are waiting to be sent; they go at the next sync and are kept until each partner acknowledges them.</source>
      <comment>plural:zero</comment>
      <translation>Mae {count} eitemau yn aros i gael eu hanfon; byddant yn mynd wrth gysoni nesaf ac yn cael eu cadw nes i bob partner eu cydnabod.</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="122" />
      <source>{count} items are waiting to be sent; they go at the next sync and are kept until each partner acknowledges them.</source>
      <comment>plural:two</comment>
      <translation>Mae {count} eitem yn aros i gael eu hanfon; byddant yn mynd wrth gysoni nesaf ac yn cael eu cadw nes i bob partner eu cydnabod.</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="122" />
      <source>{count} items are waiting to be sent; they go at the next sync and are kept until each partner acknowledges them.</source>
      <comment>plural:few</comment>
      <translation>Mae {count} eitem yn aros i gael eu hanfon; byddant yn mynd wrth gysoni nesaf ac yn cael eu cadw nes i bob partner eu cydnabod.</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="122" />
      <source>{count} items are waiting to be sent; they go at the next sync and are kept until each partner acknowledges them.</source>
      <comment>plural:many</comment>
      <translation>Mae {count} eitem yn aros i gael eu hanfon; byddant yn mynd wrth gysoni nesaf ac yn cael eu cadw nes i bob partner eu cydnabod.</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="92" />
      <source>{count} items</source>
      <comment>plural:zero</comment>
      <translation>{count} eitemau</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="92" />
      <source>{count} items</source>
      <comment>plural:two</comment>
      <translation>{count} eitem</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="92" />
      <source>{count} items</source>
      <comment>plural:few</comment>
      <translation>{count} eitem</translation>
    </message>
    <message>
      <location filename="../../ui/outbox/page.py" line="92" />
      <source>{count} items</source>
      <comment>plural:many</comment>
      <translation>{count} eitem</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="178" />
      <source>{count} records from {partner} are held back — {why} (clause {clause}).</source>
      <comment>plural:zero</comment>
      <translation>Mae {count} cofnodion gan {partner} yn cael eu dal yn ôl — {why} (cymal {clause}).</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="178" />
      <source>{count} records from {partner} are held back — {why} (clause {clause}).</source>
      <comment>plural:two</comment>
      <translation>Mae {count} gofnod gan {partner} yn cael eu dal yn ôl — {why} (cymal {clause}).</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="178" />
      <source>{count} records from {partner} are held back — {why} (clause {clause}).</source>
      <comment>plural:few</comment>
      <translation>Mae {count} chofnod gan {partner} yn cael eu dal yn ôl — {why} (cymal {clause}).</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="178" />
      <source>{count} records from {partner} are held back — {why} (clause {clause}).</source>
      <comment>plural:many</comment>
      <translation>Mae {count} chofnod gan {partner} yn cael eu dal yn ôl — {why} (cymal {clause}).</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="193" />
      <source>{count} consent decisions on record:</source>
      <comment>plural:zero</comment>
      <translation>{count} penderfyniadau caniatâd ar gofnod:</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="193" />
      <source>{count} consent decisions on record:</source>
      <comment>plural:two</comment>
      <translation>{count} benderfyniad caniatâd ar gofnod:</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="193" />
      <source>{count} consent decisions on record:</source>
      <comment>plural:few</comment>
      <translation>{count} phenderfyniad caniatâd ar gofnod:</translation>
    </message>
    <message>
      <location filename="../../ui/person/access_tab.py" line="193" />
      <source>{count} consent decisions on record:</source>
      <comment>plural:many</comment>
      <translation>{count} phenderfyniad caniatâd ar gofnod:</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="148" />
      <source>{count} actions on this record are in the audit log, newest first. Every opening, export and change is recorded and cannot be altered.</source>
      <comment>plural:zero</comment>
      <translation>Mae {count} gweithredoedd ar y cofnod hwn yn y log archwilio, y diweddaraf yn gyntaf. Mae pob agor, allforio a newid yn cael ei gofnodi ac ni ellir ei newid.</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="148" />
      <source>{count} actions on this record are in the audit log, newest first. Every opening, export and change is recorded and cannot be altered.</source>
      <comment>plural:two</comment>
      <translation>Mae {count} weithred ar y cofnod hwn yn y log archwilio, y diweddaraf yn gyntaf. Mae pob agor, allforio a newid yn cael ei gofnodi ac ni ellir ei newid.</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="148" />
      <source>{count} actions on this record are in the audit log, newest first. Every opening, export and change is recorded and cannot be altered.</source>
      <comment>plural:few</comment>
      <translation>Mae {count} gweithred ar y cofnod hwn yn y log archwilio, y diweddaraf yn gyntaf. Mae pob agor, allforio a newid yn cael ei gofnodi ac ni ellir ei newid.</translation>
    </message>
    <message>
      <location filename="../../ui/person/activity_tab.py" line="148" />
      <source>{count} actions on this record are in the audit log, newest first. Every opening, export and change is recorded and cannot be altered.</source>
      <comment>plural:many</comment>
      <translation>Mae {count} gweithred ar y cofnod hwn yn y log archwilio, y diweddaraf yn gyntaf. Mae pob agor, allforio a newid yn cael ei gofnodi ac ni ellir ei newid.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="154" />
      <source>{count} entries.</source>
      <comment>plural:zero</comment>
      <translation>{count} cofnodion.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="154" />
      <source>{count} entries.</source>
      <comment>plural:two</comment>
      <translation>{count} gofnod.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="154" />
      <source>{count} entries.</source>
      <comment>plural:few</comment>
      <translation>{count} chofnod.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="154" />
      <source>{count} entries.</source>
      <comment>plural:many</comment>
      <translation>{count} chofnod.</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="158" />
      <source>{count} open tasks</source>
      <comment>plural:zero</comment>
      <translation>{count} tasgau ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="158" />
      <source>{count} open tasks</source>
      <comment>plural:two</comment>
      <translation>{count} dasg ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="158" />
      <source>{count} open tasks</source>
      <comment>plural:few</comment>
      <translation>{count} tasg ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/person/notes_tab.py" line="158" />
      <source>{count} open tasks</source>
      <comment>plural:many</comment>
      <translation>{count} thasg ar agor</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="129" />
      <source>Last 90 days: {count} events</source>
      <comment>plural:zero</comment>
      <translation>Y 90 diwrnod diwethaf: {count} digwyddiadau</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="129" />
      <source>Last 90 days: {count} events</source>
      <comment>plural:two</comment>
      <translation>Y 90 diwrnod diwethaf: {count} ddigwyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="129" />
      <source>Last 90 days: {count} events</source>
      <comment>plural:few</comment>
      <translation>Y 90 diwrnod diwethaf: {count} digwyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/person/overview_tab.py" line="129" />
      <source>Last 90 days: {count} events</source>
      <comment>plural:many</comment>
      <translation>Y 90 diwrnod diwethaf: {count} digwyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="524" />
      <source>Known to {count} agencies:</source>
      <comment>plural:zero</comment>
      <translation>Yn hysbys i {count} asiantaethau:</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="524" />
      <source>Known to {count} agencies:</source>
      <comment>plural:two</comment>
      <translation>Yn hysbys i {count} asiantaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="524" />
      <source>Known to {count} agencies:</source>
      <comment>plural:few</comment>
      <translation>Yn hysbys i {count} asiantaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/person/page.py" line="524" />
      <source>Known to {count} agencies:</source>
      <comment>plural:many</comment>
      <translation>Yn hysbys i {count} asiantaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="105" />
      <source>Household and famil&amp;y ({count})</source>
      <comment>plural:zero</comment>
      <translation>A&amp;elwyd a theulu ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="105" />
      <source>Household and famil&amp;y ({count})</source>
      <comment>plural:two</comment>
      <translation>A&amp;elwyd a theulu ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="105" />
      <source>Household and famil&amp;y ({count})</source>
      <comment>plural:few</comment>
      <translation>A&amp;elwyd a theulu ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/people_tab.py" line="105" />
      <source>Household and famil&amp;y ({count})</source>
      <comment>plural:many</comment>
      <translation>A&amp;elwyd a theulu ({count})</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="122" />
      <source>This view is built from {count} partner records. If one is not this person, unlink it: it leaves this view at once and stays apart.</source>
      <comment>plural:zero</comment>
      <translation>Mae'r olwg hon wedi'i hadeiladu o {count} cofnodion partner. Os nad yw un yn berson hwn, datgysylltwch ef: mae'n gadael yr olwg hon ar unwaith ac yn aros ar wahân.</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="122" />
      <source>This view is built from {count} partner records. If one is not this person, unlink it: it leaves this view at once and stays apart.</source>
      <comment>plural:two</comment>
      <translation>Mae'r olwg hon wedi'i hadeiladu o {count} gofnod partner. Os nad yw un yn berson hwn, datgysylltwch ef: mae'n gadael yr olwg hon ar unwaith ac yn aros ar wahân.</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="122" />
      <source>This view is built from {count} partner records. If one is not this person, unlink it: it leaves this view at once and stays apart.</source>
      <comment>plural:few</comment>
      <translation>Mae'r olwg hon wedi'i hadeiladu o {count} chofnod partner. Os nad yw un yn berson hwn, datgysylltwch ef: mae'n gadael yr olwg hon ar unwaith ac yn aros ar wahân.</translation>
    </message>
    <message>
      <location filename="../../ui/person/records_tab.py" line="122" />
      <source>This view is built from {count} partner records. If one is not this person, unlink it: it leaves this view at once and stays apart.</source>
      <comment>plural:many</comment>
      <translation>Mae'r olwg hon wedi'i hadeiladu o {count} chofnod partner. Os nad yw un yn berson hwn, datgysylltwch ef: mae'n gadael yr olwg hon ar unwaith ac yn aros ar wahân.</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="48" />
      <source>from {count} agencies</source>
      <comment>plural:zero</comment>
      <translation>o {count} asiantaethau</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="48" />
      <source>from {count} agencies</source>
      <comment>plural:two</comment>
      <translation>o {count} asiantaeth</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="48" />
      <source>from {count} agencies</source>
      <comment>plural:few</comment>
      <translation>o {count} asiantaeth</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="48" />
      <source>from {count} agencies</source>
      <comment>plural:many</comment>
      <translation>o {count} asiantaeth</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="42" />
      <source>{count} professionals</source>
      <comment>plural:zero</comment>
      <translation>{count} gweithwyr proffesiynol</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="42" />
      <source>{count} professionals</source>
      <comment>plural:two</comment>
      <translation>{count} weithiwr proffesiynol</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="42" />
      <source>{count} professionals</source>
      <comment>plural:few</comment>
      <translation>{count} gweithiwr proffesiynol</translation>
    </message>
    <message>
      <location filename="../../ui/person/words.py" line="42" />
      <source>{count} professionals</source>
      <comment>plural:many</comment>
      <translation>{count} gweithiwr proffesiynol</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="47" />
      <source>After {count} minutes</source>
      <comment>plural:zero</comment>
      <translation>Ar ôl {count} munudau</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="47" />
      <source>After {count} minutes</source>
      <comment>plural:two</comment>
      <translation>Ar ôl {count} funud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="47" />
      <source>After {count} minutes</source>
      <comment>plural:few</comment>
      <translation>Ar ôl {count} munud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="47" />
      <source>After {count} minutes</source>
      <comment>plural:many</comment>
      <translation>Ar ôl {count} munud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="38" />
      <source>Every {count} minutes</source>
      <comment>plural:zero</comment>
      <translation>Bob {count} munudau</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="38" />
      <source>Every {count} minutes</source>
      <comment>plural:two</comment>
      <translation>Bob {count} funud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="38" />
      <source>Every {count} minutes</source>
      <comment>plural:few</comment>
      <translation>Bob {count} munud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/dialog.py" line="38" />
      <source>Every {count} minutes</source>
      <comment>plural:many</comment>
      <translation>Bob {count} munud</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_actions.py" line="50" />
      <source>Profile changed: {count} records removed that it may not see. Syncing…</source>
      <comment>plural:zero</comment>
      <translation>Proffil wedi newid: tynnwyd {count} cofnodion na chaiff eu gweld. Yn cysoni…</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_actions.py" line="50" />
      <source>Profile changed: {count} records removed that it may not see. Syncing…</source>
      <comment>plural:two</comment>
      <translation>Proffil wedi newid: tynnwyd {count} gofnod na chaiff eu gweld. Yn cysoni…</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_actions.py" line="50" />
      <source>Profile changed: {count} records removed that it may not see. Syncing…</source>
      <comment>plural:few</comment>
      <translation>Proffil wedi newid: tynnwyd {count} chofnod na chaiff eu gweld. Yn cysoni…</translation>
    </message>
    <message>
      <location filename="../../ui/preferences/profile_actions.py" line="50" />
      <source>Profile changed: {count} records removed that it may not see. Syncing…</source>
      <comment>plural:many</comment>
      <translation>Proffil wedi newid: tynnwyd {count} chofnod na chaiff eu gweld. Yn cysoni…</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="128" />
      <source>{count} flows</source>
      <comment>plural:zero</comment>
      <translation>{count} llifoedd</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="128" />
      <source>{count} flows</source>
      <comment>plural:two</comment>
      <translation>{count} lif</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="128" />
      <source>{count} flows</source>
      <comment>plural:few</comment>
      <translation>{count} llif</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="128" />
      <source>{count} flows</source>
      <comment>plural:many</comment>
      <translation>{count} llif</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="119" />
      <source>{count} days</source>
      <comment>plural:zero</comment>
      <translation>{count} diwrnodau</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="119" />
      <source>{count} days</source>
      <comment>plural:two</comment>
      <translation>{count} ddiwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="119" />
      <source>{count} days</source>
      <comment>plural:few</comment>
      <translation>{count} diwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/register/page.py" line="119" />
      <source>{count} days</source>
      <comment>plural:many</comment>
      <translation>{count} diwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="121" />
      <source>No exact match. {count} close matches: a nickname, a near spelling or the address.</source>
      <comment>plural:zero</comment>
      <translation>Dim cyfatebiaeth union. {count} cyfatebiaethau agos: llysenw, sillafiad tebyg neu'r cyfeiriad.</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="121" />
      <source>No exact match. {count} close matches: a nickname, a near spelling or the address.</source>
      <comment>plural:two</comment>
      <translation>Dim cyfatebiaeth union. {count} gyfatebiaeth agos: llysenw, sillafiad tebyg neu'r cyfeiriad.</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="121" />
      <source>No exact match. {count} close matches: a nickname, a near spelling or the address.</source>
      <comment>plural:few</comment>
      <translation>Dim cyfatebiaeth union. {count} cyfatebiaeth agos: llysenw, sillafiad tebyg neu'r cyfeiriad.</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="121" />
      <source>No exact match. {count} close matches: a nickname, a near spelling or the address.</source>
      <comment>plural:many</comment>
      <translation>Dim cyfatebiaeth union. {count} chyfatebiaeth agos: llysenw, sillafiad tebyg neu'r cyfeiriad.</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="130" />
      <source>{count} people found</source>
      <comment>plural:zero</comment>
      <translation>Canfuwyd {count} pobl</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="130" />
      <source>{count} people found</source>
      <comment>plural:two</comment>
      <translation>Canfuwyd {count} berson</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="130" />
      <source>{count} people found</source>
      <comment>plural:few</comment>
      <translation>Canfuwyd {count} pherson</translation>
    </message>
    <message>
      <location filename="../../ui/search/panel.py" line="130" />
      <source>{count} people found</source>
      <comment>plural:many</comment>
      <translation>Canfuwyd {count} pherson</translation>
    </message>
    <message>
      <location filename="../../ui/sync/actions.py" line="98" />
      <source>New information about {count} people you follow.</source>
      <comment>plural:zero</comment>
      <translation>Gwybodaeth newydd am {count} pobl rydych yn eu dilyn.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/actions.py" line="98" />
      <source>New information about {count} people you follow.</source>
      <comment>plural:two</comment>
      <translation>Gwybodaeth newydd am {count} berson rydych yn eu dilyn.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/actions.py" line="98" />
      <source>New information about {count} people you follow.</source>
      <comment>plural:few</comment>
      <translation>Gwybodaeth newydd am {count} pherson rydych yn eu dilyn.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/actions.py" line="98" />
      <source>New information about {count} people you follow.</source>
      <comment>plural:many</comment>
      <translation>Gwybodaeth newydd am {count} pherson rydych yn eu dilyn.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="72" />
      <source>Outbox: {count} items waiting</source>
      <comment>plural:zero</comment>
      <translation>Blwch allan: {count} eitemau yn aros</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="72" />
      <source>Outbox: {count} items waiting</source>
      <comment>plural:two</comment>
      <translation>Blwch allan: {count} eitem yn aros</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="72" />
      <source>Outbox: {count} items waiting</source>
      <comment>plural:few</comment>
      <translation>Blwch allan: {count} eitem yn aros</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="72" />
      <source>Outbox: {count} items waiting</source>
      <comment>plural:many</comment>
      <translation>Blwch allan: {count} eitem yn aros</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="159" />
      <source>Sync stopped: {count} changes kept; the rest come next time.</source>
      <comment>plural:zero</comment>
      <translation>Cysoni wedi'i atal: cadwyd {count} newidiadau; daw'r gweddill y tro nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="159" />
      <source>Sync stopped: {count} changes kept; the rest come next time.</source>
      <comment>plural:two</comment>
      <translation>Cysoni wedi'i atal: cadwyd {count} newid; daw'r gweddill y tro nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="159" />
      <source>Sync stopped: {count} changes kept; the rest come next time.</source>
      <comment>plural:few</comment>
      <translation>Cysoni wedi'i atal: cadwyd {count} newid; daw'r gweddill y tro nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="159" />
      <source>Sync stopped: {count} changes kept; the rest come next time.</source>
      <comment>plural:many</comment>
      <translation>Cysoni wedi'i atal: cadwyd {count} newid; daw'r gweddill y tro nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="165" />
      <source>Synced: {count} changes fetched.</source>
      <comment>plural:zero</comment>
      <translation>Wedi cysoni: nôlwyd {count} newidiadau.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="165" />
      <source>Synced: {count} changes fetched.</source>
      <comment>plural:two</comment>
      <translation>Wedi cysoni: nôlwyd {count} newid.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="165" />
      <source>Synced: {count} changes fetched.</source>
      <comment>plural:few</comment>
      <translation>Wedi cysoni: nôlwyd {count} newid.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="165" />
      <source>Synced: {count} changes fetched.</source>
      <comment>plural:many</comment>
      <translation>Wedi cysoni: nôlwyd {count} newid.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="67" />
      <source>Out&amp;box ({count} waiting)</source>
      <comment>plural:zero</comment>
      <translation>&amp;Blwch allan ({count} yn aros)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="67" />
      <source>Out&amp;box ({count} waiting)</source>
      <comment>plural:two</comment>
      <translation>&amp;Blwch allan ({count} yn aros)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="67" />
      <source>Out&amp;box ({count} waiting)</source>
      <comment>plural:few</comment>
      <translation>&amp;Blwch allan ({count} yn aros)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="67" />
      <source>Out&amp;box ({count} waiting)</source>
      <comment>plural:many</comment>
      <translation>&amp;Blwch allan ({count} yn aros)</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="169" />
      <source>{count} partners could not be synced.</source>
      <comment>plural:zero</comment>
      <translation>Ni ellid cysoni {count} partneriaid.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="169" />
      <source>{count} partners could not be synced.</source>
      <comment>plural:two</comment>
      <translation>Ni ellid cysoni {count} bartner.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="169" />
      <source>{count} partners could not be synced.</source>
      <comment>plural:few</comment>
      <translation>Ni ellid cysoni {count} phartner.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="169" />
      <source>{count} partners could not be synced.</source>
      <comment>plural:many</comment>
      <translation>Ni ellid cysoni {count} phartner.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="175" />
      <source>{partner}: {count} records removed ({cause}).</source>
      <comment>plural:zero</comment>
      <translation>{partner}: tynnwyd {count} cofnodion ({cause}).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="175" />
      <source>{partner}: {count} records removed ({cause}).</source>
      <comment>plural:two</comment>
      <translation>{partner}: tynnwyd {count} gofnod ({cause}).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="175" />
      <source>{partner}: {count} records removed ({cause}).</source>
      <comment>plural:few</comment>
      <translation>{partner}: tynnwyd {count} chofnod ({cause}).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="175" />
      <source>{partner}: {count} records removed ({cause}).</source>
      <comment>plural:many</comment>
      <translation>{partner}: tynnwyd {count} chofnod ({cause}).</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="186" />
      <source>{count} records set aside as unreadable.</source>
      <comment>plural:zero</comment>
      <translation>Rhoddwyd {count} cofnodion o'r neilltu am na ellid eu darllen.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="186" />
      <source>{count} records set aside as unreadable.</source>
      <comment>plural:two</comment>
      <translation>Rhoddwyd {count} gofnod o'r neilltu am na ellid eu darllen.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="186" />
      <source>{count} records set aside as unreadable.</source>
      <comment>plural:few</comment>
      <translation>Rhoddwyd {count} chofnod o'r neilltu am na ellid eu darllen.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/panel.py" line="186" />
      <source>{count} records set aside as unreadable.</source>
      <comment>plural:many</comment>
      <translation>Rhoddwyd {count} chofnod o'r neilltu am na ellid eu darllen.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="68" />
      <source>{count} records from partners could not be read and were set aside.</source>
      <comment>plural:zero</comment>
      <translation>Ni ellid darllen {count} cofnodion gan bartneriaid ac fe'u rhoddwyd o'r neilltu.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="68" />
      <source>{count} records from partners could not be read and were set aside.</source>
      <comment>plural:two</comment>
      <translation>Ni ellid darllen {count} gofnod gan bartneriaid ac fe'u rhoddwyd o'r neilltu.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="68" />
      <source>{count} records from partners could not be read and were set aside.</source>
      <comment>plural:few</comment>
      <translation>Ni ellid darllen {count} chofnod gan bartneriaid ac fe'u rhoddwyd o'r neilltu.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="68" />
      <source>{count} records from partners could not be read and were set aside.</source>
      <comment>plural:many</comment>
      <translation>Ni ellid darllen {count} chofnod gan bartneriaid ac fe'u rhoddwyd o'r neilltu.</translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="75" />
      <source>{count} records were accepted on retry. </source>
      <comment>plural:zero</comment>
      <translation>Derbyniwyd {count} cofnodion wrth roi cynnig arall. </translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="75" />
      <source>{count} records were accepted on retry. </source>
      <comment>plural:two</comment>
      <translation>Derbyniwyd {count} gofnod wrth roi cynnig arall. </translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="75" />
      <source>{count} records were accepted on retry. </source>
      <comment>plural:few</comment>
      <translation>Derbyniwyd {count} chofnod wrth roi cynnig arall. </translation>
    </message>
    <message>
      <location filename="../../ui/sync/quarantine_dialog.py" line="75" />
      <source>{count} records were accepted on retry. </source>
      <comment>plural:many</comment>
      <translation>Derbyniwyd {count} chofnod wrth roi cynnig arall. </translation>
    </message>
    <message>
      <source>&amp;Front door</source>
      <translation type="vanished">Drws ff&amp;rynt</translation>
    </message>
    <message>
      <source>A partner id is 1 to 64 lower-case letters, digits and dashes (like nhs-trust).</source>
      <translation type="vanished">Mae dynodydd partner yn 1 i 64 o lythrennau bach, digidau a llinellau toriad (fel nhs-trust).</translation>
    </message>
    <message>
      <source>The public key must be the partner's Ed25519 key in base64 (44 characters).</source>
      <translation type="vanished">Rhaid i'r allwedd gyhoeddus fod yn allwedd Ed25519 y partner mewn base64 (44 nod).</translation>
    </message>
    <message>
      <source>OAuth2 needs a token URL and a client id.</source>
      <translation type="vanished">Mae OAuth2 angen cyfeiriad tocyn a dynodydd cleient.</translation>
    </message>
    <message>
      <source>Up to date at {time}</source>
      <translation type="vanished">Yn gyfredol am {time}</translation>
    </message>
    <message>
      <source>S&amp;how:</source>
      <translation type="vanished">&amp;Dangos:</translation>
    </message>
    <message>
      <source>Stop &amp;following</source>
      <translation type="vanished">&amp;Peidio â dilyn</translation>
    </message>
    <message>
      <source>Change &amp;PIN…</source>
      <translation type="vanished">Newid y &amp;PIN…</translation>
    </message>
    <message>
      <source>Set a &amp;PIN…</source>
      <translation type="vanished">Gosod &amp;PIN…</translation>
    </message>
    <message>
      <source>&amp;Partners…</source>
      <translation type="vanished">&amp;Partneriaid…</translation>
    </message>
    <message>
      <source>What the &amp;access labels mean</source>
      <translation type="vanished">Beth mae'r labeli &amp;mynediad yn ei olygu</translation>
    </message>
    <message>
      <source>Searc&amp;h:</source>
      <translation type="vanished">C&amp;hwilio:</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation type="vanished">&amp;Trosolwg</translation>
    </message>
    <message>
      <source>&amp;Chronology</source>
      <translation type="vanished">&amp;Cronoleg</translation>
    </message>
    <message>
      <source>&amp;People</source>
      <translation type="vanished">&amp;Pobl</translation>
    </message>
    <message>
      <source>Notes and &amp;tasks</source>
      <translation type="vanished">&amp;Nodiadau a thasgau</translation>
    </message>
    <message>
      <source>&amp;Access</source>
      <translation type="vanished">&amp;Mynediad</translation>
    </message>
    <message>
      <source>&amp;Records</source>
      <translation type="vanished">C&amp;ofnodion</translation>
    </message>
    <message>
      <source>Acti&amp;vity</source>
      <translation type="vanished">Gweithga&amp;rwch</translation>
    </message>
    <message>
      <source>&amp;Records ({count})</source>
      <translation type="vanished">C&amp;ofnodion ({count})</translation>
    </message>
    <message>
      <source>Acti&amp;vity ({count})</source>
      <translation type="vanished">Gweithga&amp;rwch ({count})</translation>
    </message>
    <message>
      <source>Notes and &amp;tasks ({count})</source>
      <translation type="vanished">&amp;Nodiadau a thasgau ({count})</translation>
    </message>
    <message>
      <source>&amp;Overview ({count})</source>
      <translation type="vanished">&amp;Trosolwg ({count})</translation>
    </message>
    <message>
      <source>&amp;People ({count})</source>
      <translation type="vanished">&amp;Pobl ({count})</translation>
    </message>
    <message>
      <source>&amp;Access ({count} held back)</source>
      <translation type="vanished">&amp;Mynediad ({count} wedi'u dal yn ôl)</translation>
    </message>
    <message>
      <source>&amp;Chronology ({count})</source>
      <translation type="vanished">&amp;Cronoleg ({count})</translation>
    </message>
    <message>
      <source>&amp;Chronology ({shown} of {count})</source>
      <translation type="vanished">&amp;Cronoleg ({shown} o {count})</translation>
    </message>
    <message>
      <source>Fo&amp;llow</source>
      <translation type="vanished">&amp;Dilyn</translation>
    </message>
    <message>
      <source>S&amp;top sync</source>
      <translation type="vanished">&amp;Atal y cysoni</translation>
    </message>
    <message>
      <source>Written, by whom</source>
      <translation type="vanished">Ysgrifennwyd, gan bwy</translation>
    </message>
    <message>
      <source>Written by {author}</source>
      <translation type="vanished">Ysgrifennwyd gan {author}</translation>
    </message>
    <message>
      <source>{when} by {author}</source>
      <translation type="vanished">{when} gan {author}</translation>
    </message>
    <message>
      <source>Held here</source>
      <translation type="vanished">Wedi'i gadw yma</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation type="vanished">Cadw</translation>
    </message>
    <message>
      <source>Agreement and clause</source>
      <translation type="vanished">Cytundeb a chymal</translation>
    </message>
    <message>
      <source>Write a note</source>
      <translation type="vanished">Ysgrifennu nodyn</translation>
    </message>
    <message>
      <source>Add a task</source>
      <translation type="vanished">Ychwanegu tasg</translation>
    </message>
    <message>
      <source>Refer to an agency</source>
      <translation type="vanished">Atgyfeirio at asiantaeth</translation>
    </message>
    <message>
      <source>you may see the value as the provider holds it</source>
      <translation type="vanished">cewch weld y gwerth fel y mae'r darparwr yn ei ddal</translation>
    </message>
    <message>
      <source>Emerging needs — Caseworker</source>
      <translation type="vanished">Anghenion sy'n dod i'r amlwg — Caseworker</translation>
    </message>
    <message>
      <source>other names</source>
      <translation type="vanished">enwau eraill</translation>
    </message>
    <message>
      <source>identifier</source>
      <translation type="vanished">dynodwr</translation>
    </message>
    <message>
      <source>{partner} answered in {seconds:.2f} s: {published} agreements published, {verified} verified with its signing key.</source>
      <translation type="vanished">Atebodd {partner} mewn {seconds:.2f} e: cyhoeddwyd {published} cytundeb, gwiriwyd {verified} gyda'i allwedd llofnodi.</translation>
    </message>
    <message>
      <source>{count} record held here</source>
      <translation type="vanished">{count} cofnod wedi'i gadw yma</translation>
    </message>
    <message>
      <source>{count} records held here</source>
      <translation type="vanished">{count} cofnod wedi'u cadw yma</translation>
    </message>
    <message>
      <source>Enter your Caseworker PIN.</source>
      <translation type="vanished">Rhowch eich PIN Caseworker.</translation>
    </message>
    <message>
      <source>Type a name, an NHS number or a date of birth.</source>
      <translation type="vanished">Teipiwch enw, rhif GIG neu ddyddiad geni.</translation>
    </message>
  </context>
</TS>
