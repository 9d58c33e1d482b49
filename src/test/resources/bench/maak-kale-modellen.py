#!/usr/bin/env python3
"""Writes kaal-<proces>.bpmn next to this script from bpmn/<proces>.bpmn: the same user tasks, timers, gateways,
subprocesses, multi-instance and async boundaries, and nothing else. Run from the repository root after a model
changes: python3 src/test/resources/bench/maak-kale-modellen.py

- every camunda extension (listeners, input/output, properties, form fields) and form reference goes;
- service and business rule tasks become plain tasks (no delegate, no mail, no DMN): a pass-through;
- assignees and candidates become fixed bench users and groups, due dates fixed durations, timers fixed durations;
- conditions on variables that only a delegate sets read them null-safely; the escalation ladder's rung, set by
  a delegate in the real model, is set by one output parameter on the bare Task_Escaleren (the path needs it);
- the dienstdirecteuren's multi-instance runs over a fixed cardinality of two (the real one over the diensten).
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL'
CAMUNDA = 'http://camunda.org/schema/1.0/bpmn'
NS = {'bpmn': BPMN, 'camunda': CAMUNDA}
for prefix, uri in [('bpmn', BPMN), ('camunda', CAMUNDA), ('bpmndi', 'http://www.omg.org/spec/BPMN/20100524/DI'),
                    ('dc', 'http://www.omg.org/spec/DD/20100524/DC'), ('di', 'http://www.omg.org/spec/DD/20100524/DI'),
                    ('xsi', 'http://www.w3.org/2001/XMLSchema-instance'),
                    ('modeler', 'http://camunda.org/schema/modeler/1.0')]:
    ET.register_namespace(prefix, uri)

PROCESSEN = ['escalatie', 'wijkplatform-advies', 'informatieverzoek', 'initiatief']
BEHOUDEN = {'asyncBefore', 'asyncAfter', 'exclusive', 'historyTimeToLive', 'isStartableInTasklist', 'versionTag'}
REGISSEUR = 'bench-regisseur'
GROEPEN = [(r'groepen\.wijkbureau', 'wijkbureau-oost'), (r'groepen\.vakafdeling', 'vakafdeling-so'),
           (r'groepen\.dienstdirecteur', 'dienstdirecteur-so'), (r'groepen\.beslisser', 'vakafdeling-so'),
           (r'wijkregisseurs', 'wijkregisseur')]
# variables a delegate sets in the real model: null-safe in the bare one
DOOR_DELEGATE = ['uitkomst', 'controleMoment', 'contactEmail', 'besluit', 'vervolgKeuze']
LADDER = ("${niveau == 'wijk' ? 'dienstdirecteur' : niveau == 'dienstdirecteur' ? 'wijkgarage'"
          " : niveau == 'wijkgarage' ? 'algemeen-directeur' : 'bestuurlijk'}")


def c(naam):
    return '{%s}%s' % (CAMUNDA, naam)


def b(naam):
    return '{%s}%s' % (BPMN, naam)


def kaal(proces, bron, doel):
    boom = ET.parse(bron)
    root = boom.getroot()
    for ouder in root.iter():
        for kind in list(ouder):
            if kind.tag == b('extensionElements'):
                ouder.remove(kind)
    for el in root.iter():
        for attr in list(el.attrib):
            if attr.startswith('{%s}' % CAMUNDA) and attr.split('}')[1] not in BEHOUDEN:
                waarde = el.attrib.pop(attr)
                naam = attr.split('}')[1]
                if naam == 'assignee':
                    el.set(c('assignee'), REGISSEUR if waarde.startswith('${') else waarde)
                elif naam in ('candidateGroups', 'candidateUsers'):
                    groep = waarde
                    for patroon, vast in GROEPEN:
                        if re.search(patroon, waarde):
                            groep = vast
                    el.set(c('candidateGroups'), groep)
                elif naam == 'dueDate':
                    el.set(c('dueDate'), 'P10D')
        if el.tag in (b('serviceTask'), b('businessRuleTask'), b('sendTask'), b('scriptTask')):
            el.tag = b('task')
        if el.tag == b('multiInstanceLoopCharacteristics'):
            for kind in list(el):
                el.remove(kind)
            kaart = ET.SubElement(el, b('loopCardinality'))
            kaart.text = '2'
        if el.tag == b('timerEventDefinition'):
            oud = list(el)[0]
            el.remove(oud)
            duur = ET.SubElement(el, b('timeDuration'))
            duur.set('{http://www.w3.org/2001/XMLSchema-instance}type', 'bpmn:tFormalExpression')
            duur.text = timer(el)
        if el.tag == b('conditionExpression') and el.text:
            tekst = el.text
            for var in DOOR_DELEGATE:
                tekst = re.sub(r'\b%s\b' % var, "execution.getVariable('%s')" % var, tekst)
            tekst = tekst.replace('initiatiefInstellingen.geldGevraagd(execution)', "execution.getVariable('geldGevraagd') == true")
            tekst = tekst.replace('&& escaleren', "&& execution.getVariable('escaleren') == true")
            el.text = tekst
    for p in root.findall('bpmn:process', NS):
        p.set('id', 'kaal-' + proces)
        p.set('name', 'Kaal model van ' + proces)
        p.set('isExecutable', 'true')
        p.set(c('historyTimeToLive'), p.get(c('historyTimeToLive'), '180'))
        escaleren = p.find(".//bpmn:task[@id='Task_Escaleren']", NS)
        if escaleren is not None:
            ext = ET.SubElement(escaleren, b('extensionElements'))
            io = ET.SubElement(ext, c('inputOutput'))
            uit = ET.SubElement(io, c('outputParameter'))
            uit.set('name', 'niveau')
            uit.text = LADDER
            escaleren.remove(ext)
            escaleren.insert(0, ext)
    for plane in root.iter('{http://www.omg.org/spec/BPMN/20100524/DI}BPMNPlane'):
        if plane.get('bpmnElement') in PROCESSEN:
            plane.set('bpmnElement', 'kaal-' + plane.get('bpmnElement'))
    boom.write(doel, xml_declaration=True, encoding='UTF-8')


def timer(definitie):
    ident = definitie.get('id', '')
    if 'Respijt' in ident or 'TermijnVerstreken' in ident:
        return 'P15D'
    if 'Controledatum' in ident or 'CheckIn' in ident:
        return 'P30D'
    return 'P10D'


if __name__ == '__main__':
    hier = Path(__file__).parent
    for proces in PROCESSEN:
        kaal(proces, Path('bpmn') / (proces + '.bpmn'), hier / ('kaal-' + proces + '.bpmn'))
        print('kaal-' + proces + '.bpmn')
