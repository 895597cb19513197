package org.plankg.extract;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plankg.extract.PlanLayout.ItemDraft;
import org.plankg.extract.PlanLayout.TaskDraft;
import org.plankg.extract.Responsibilities.Mention;
import org.plankg.extract.Responsibilities.Statement;
import org.plankg.read.Document;
import org.plankg.read.DocumentReader;
import org.plankg.read.UnreadableException;
import org.plankg.vocab.Vocabulary;
import org.plankg.plan.Assignment;
import org.plankg.plan.Coverage;
import org.plankg.plan.Item;
import org.plankg.plan.Plan;
import org.plankg.plan.SourceText;
import org.plankg.plan.PlanMetadata;
import org.plankg.plan.PlanFile;
import org.plankg.plan.Role;
import org.plankg.plan.Target;
import org.plankg.plan.Task;
import org.plankg.plan.Warning;

/**
 * Reads one plan document into a {@link Plan}. Responsibility statements are attached where the
 * text states them: to an item when the item carries one statement after its tasks, to each task
 * when several of its tasks carry their own; the 组织实施 section's roles attach to the plan. The
 * steering group and its office are read by {@link SteeringBodies}; a sentence in which the office
 * leads gives it a lead role where the sentence stands (plan, item or task).
 */
public final class PlanParser {

    /** “责任单位”为牵头落实单位: the plan's answering column leads. */
    private static final Pattern ANSWERING_LEADS = Pattern.compile("[“\"]?责任(?:单位|部门)[”\"]?(?:为|是|系)牵头");
    private static final Pattern STATEMENT_LIKE = Pattern.compile("责任单位|牵头|分工：");
    /** Outside items and the organisation section only labelled lists count: prose there may say 牵头 of anything. */
    private static final Pattern LABELLED_LIST = Pattern.compile("(?:责任|牵头|配合|参与)(?:单位|部门)：");
    private static final Pattern AND = Pattern.compile("和|及|、");
    /** A statement that names its scope as the whole item: 该行动由…, 以上工作由…, 本工程由…. */
    private static final Pattern ITEM_SCOPE = Pattern.compile("^(?:——)?（?(?:(?:以上|上述)(?:各项)?(?:工作|任务)|(?:该|本|此项)(?:行动|工程)|本部分)");
    private static final Pattern DUTY_INTRO = Pattern.compile("^(?:并|同时|其中|由|另外|此外)+");
    /** What follows a name that is not its duty: the name is an attribute or an object (区科协的…, 区科协主席). */
    private static final Pattern NOT_A_DUTY = Pattern.compile("^(?:的|之|主席|主任|书记|副|和|、|同志|领导|负责人|负责同志|主要负责|主要领导|分管领导|主管领导|为成员|为组长|任|作为|等)");
    /** The longest unit name looked for before a cue. */
    private static final int NAME_CHARS = 30;
    private static final Pattern WITH_PARTNERS = Pattern.compile("(?:要|应当|应|须|必须|将)?(?:会同|联合)");
    /** The steering group is a body of units ({@link SteeringBodies}), not a unit with duties of its own. */
    private static final Pattern STEERING_GROUP = Pattern.compile("领导小组$|工作委员会$");

    private final Vocabulary vocabulary;
    private final DocumentReader reader;

    public PlanParser(Vocabulary vocabulary) {
        this(vocabulary, new DocumentReader());
    }

    public PlanParser(Vocabulary vocabulary, DocumentReader reader) {
        this.vocabulary = vocabulary;
        this.reader = reader;
    }

    public Plan parse(String source, byte[] bytes) throws PlanFormatException {
        return read(source, bytes).plan();
    }

    /** The plan with the text it was read from, position by position. */
    public PlanWithText read(String source, byte[] bytes) throws PlanFormatException {
        Document document;
        try {
            document = reader.read(source, bytes);
        } catch (UnreadableException e) {
            throw new PlanFormatException(e.getMessage());
        }
        List<Text> lines = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        Map<Integer, List<String>> bold = new java.util.HashMap<>();
        List<UnitTaskTable.Entry> unitTasks = new ArrayList<>();
        Document.Block previous = null;
        for (Document.Block block : document.blocks()) {
            Document.Block before = previous;
            previous = block;
            if (block instanceof Document.Paragraph p) {
                p.lines().stream().filter(l -> !l.emphasised().isEmpty()).forEach(l -> bold.put(l.position(), l.emphasised()));
                lines.add(Text.concat(p.lines().stream().map(l -> Text.line(l.text(), l.position())).toList()));
            } else if (block instanceof Document.Grid g) {
                List<UnitTaskTable.Entry> entries = UnitTaskTable.of(g);
                if (!entries.isEmpty()) {
                    unitTasks.addAll(entries);
                    continue;
                }
                Table table = GridTables.of(g);
                if (table != null) tables.add(before instanceof Document.Paragraph caption ? GridTables.captioned(table, caption) : table);
                else lines.addAll(GridTables.lines(g));
            }
        }
        lines = Footnotes.placed(lines);
        List<Table> textTables = TextTable.find(lines);
        tables.addAll(textTables);
        List<Text> paragraphs = Paragraphs.of(withoutTables(lines, textTables));
        Text all = Text.concat(paragraphs);
        PlanLayout layout = PlanLayout.of(paragraphs);
        if (layout.items.isEmpty() && tables.isEmpty()) throw noStructure();
        List<Warning> notes = new ArrayList<>();
        PlanHeader.Header header = PageMetadata.fill(paragraphs, all, document.metadata(), source, notes);
        PlanFile file = new PlanFile(document.format().key(), document.mediaType(), paragraphs.size(),
                tables.stream().mapToInt(t -> t.rows().size()).sum(), document.locators());
        List<String> places = java.util.Arrays.asList(header.district().name(), header.district().city());
        Map<Character, Role> legend = Marks.legend(all.norm());
        PlanConventions conventions = new PlanConventions(legend, Marks.boldNames(legend, bold), UnitCodes.of(paragraphs),
                ShortNames.of(paragraphs), UnitGrammar.places(places), DefaultLead.bracketsTakePart(all.norm()));
        Plan plan = conventions.apply(() -> new Reading(source, header, layout, tables, unitTasks, file)
                .plan(sha256(bytes), PlanHeader.targets(all, header.startYear()), notes));
        if (plan == null) throw noStructure();
        return new PlanWithText(plan, text(document));
    }

    private static PlanFormatException noStructure() {
        return new PlanFormatException("no plan structure found: no action (…行动) or project (…工程) headings,"
                + " in the text or in a table's group rows");
    }

    private static SourceText text(Document document) {
        List<SourceText.Line> lines = new ArrayList<>();
        for (Document.Block block : document.blocks()) {
            if (block instanceof Document.Paragraph p) {
                p.lines().forEach(l -> lines.add(new SourceText.Line(l.position(), l.text())));
            } else if (block instanceof Document.Grid g) {
                g.rows().forEach(r -> lines.add(new SourceText.Line(r.position(), String.join("\t", r.cells().stream().map(GridTables::joined).toList()))));
            }
        }
        return new SourceText(lines);
    }

    /** The lines with those of the tables blanked: a table is read by its cells, not as prose. */
    private static List<Text> withoutTables(List<Text> lines, List<Table> tables) {
        List<Text> out = new ArrayList<>(lines);
        for (Table table : tables) {
            for (int i = 0; i < out.size(); i++) {
                int line = out.get(i).firstLine();
                if (line >= table.firstLine() && line <= table.lastLine()) out.set(i, Text.line("", line));
            }
        }
        return out;
    }

    /** 共同负责：A、B — units a task says answer for it together with its section's. */
    private static final Pattern JOINTLY_ANSWER = Pattern.compile("共同负责[：:]");
    /** （与市教育局共同牵头） */
    private static final Pattern CO_LEAD = Pattern.compile("与([^，。；（）、]{2,30}(?:、[^，。；（）、]{2,30})*)共同牵头");
    /** The count of a section's tasks after its lead's name: 市科协（8项）. */
    private static final Pattern TASK_COUNT = Pattern.compile("[（(]\\d{1,3}项[）)]\\s*$");

    /** The state of reading one document. */
    private final class Reading {
        private final String source;
        private final PlanHeader.Header header;
        private final PlanLayout layout;
        private final List<Table> tables;
        private final List<Warning> warnings = new ArrayList<>();
        private final UnitNames units;
        private final Set<Integer> explainedLines = new TreeSet<>();
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final List<UnitTaskTable.Entry> unitTasks;
        /** Statements naming leads and other units; those of them listing every lead again among the others. */
        private int leadsAndOthers;
        private int leadsListedAgain;
        private final Set<Integer> unreadLines = new TreeSet<>();
        private final SteeringBodies bodies;
        private final PlanFile file;
        private int unattachedRows;
        private final boolean firstLeads;
        /** Every paragraph of the document, for conventions it states once. */
        private final Text document;
        /** The working groups the plan defines, by name (第一专项工作组). */
        private final Map<String, WorkingGroups.Group> groups;
        /** The national outline the plan carries out, the 2021 one when nothing tells. */
        private final List<Vocabulary.OutlineConcept> outline;

        /** An assignment before unit names are merged: spelling instead of unit. */
        private record Draft(String spelling, Role role, Item item, Integer task, Text quote, boolean fromTable) {
        }

        Reading(String source, PlanHeader.Header header, PlanLayout layout, List<Table> tables, List<UnitTaskTable.Entry> unitTasks, PlanFile file) {
            this.source = source;
            this.unitTasks = unitTasks;
            this.file = file;
            this.header = header;
            this.layout = layout;
            this.tables = tables;
            this.units = new UnitNames(vocabulary, header.district().name(), warnings);
            this.bodies = new SteeringBodies(vocabulary, header.district(), units);
            this.document = Text.concat(layout.allParagraphs());
            this.firstLeads = RoleClauses.statesFirstLeads(document);
            this.groups = WorkingGroups.of(layout.allParagraphs());
            this.outline = vocabulary.outline(header.outline() != null ? header.outline() : Vocabulary.OUTLINE_2021);
        }

        /** The plan, or null when neither the text nor a table gives it an item. */
        Plan plan(String sha256, List<Target> targets, List<Warning> notes) {
            List<TableTasks.Placed> tableRows = new ArrayList<>();
            int before = warnings.size();
            List<PlanLayout.ItemDraft> textItems = List.copyOf(layout.items);
            boolean answeringLeads = ANSWERING_LEADS.matcher(document.norm()).find();
            for (Table table : tables) {
                tableRows.addAll(TableTasks.place(answeringLeads ? table.answeringLeads() : table, layout, textItems, outline, warnings));
            }
            unattachedRows = warnings.size() - before;
            // a plan whose items are only a table's group rows has them now; one without any is no plan
            if (layout.items.isEmpty()) return null;
            List<Item> items = new ArrayList<>();
            for (ItemDraft draft : layout.items) {
                Item.Kind kind = Outline.kind(outline, draft.name, draft.kind);
                Item item = new Item(draft.ordinal, draft.name, kind,
                        Outline.align(outline, draft.name, kind), draft.line,
                        draft.tasks.stream().map(t -> new Task(t.number, t.title(), t.line)).toList());
                items.add(item);
                readItem(draft, item);
                byGroups(draft, item);
            }
            List<Text> sections = new ArrayList<>(layout.otherParagraphs);
            sections.addAll(layout.orgParagraphs);
            for (Text paragraph : layout.otherParagraphs) {
                for (ItemDivisions.Assigned a : ItemDivisions.read(paragraph, items)) add(a.statement(), a.item(), a.task(), false);
            }
            List<UnitDuties.Found> duties = new ArrayList<>(UnitEntries.read(sections, items));
            for (Text paragraph : sections) duties.addAll(UnitDuties.read(paragraph, items));
            for (UnitDuties.Found f : duties) {
                draft(units.fromList(f.unit().name().norm(), f.unit().groupPrefix(), f.quote().firstLine()), f.role(), f.item(), f.task(), f.quote(), false);
            }
            Map<String, UnitTaskTable.Target> numbered = unitTasks.isEmpty() ? Map.of() : UnitTaskTable.targets(layout.items, items);
            for (UnitTaskTable.Entry entry : unitTasks) {
                String unit = units.fromList(entry.unit(), "", entry.quote().firstLine());
                for (UnitTaskTable.Target t : UnitTaskTable.resolve(entry.references(), numbered)) {
                    draft(unit, entry.role(), t.item(), t.task(), entry.quote(), true);
                }
            }
            for (TableTasks.Placed placed : tableRows) {
                add(placed.statement(), items.get(placed.item().ordinal - 1), placed.task() > 0 ? placed.task() : null, true);
            }
            readOrganisation();
            dropLeadsListedAgain();
            keepStrongestOfParts();
            sameDuties(items);
            leadByDefault(items);
            warnUnread();
            List<Assignment> assignments = new ArrayList<>(drafts.values().stream()
                    .map(d -> new Assignment(units.unit(d.spelling), d.role, d.item, d.task,
                            d.quote.orig(), d.quote.firstLine(), d.fromTable))
                    .toList());
            SteeringBodies.Result steering = bodies.finish(units.all());
            assignments.addAll(steering.leads());
            warnings.addAll(0, notes);
            PlanMetadata metadata = new PlanMetadata(header.title(), header.documentNumber(), header.issuer(), header.issued(),
                    header.startYear(), header.endYear(), header.kind(), header.outline(), header.cites());
            return new Plan(source, sha256, file, header.district(), metadata, targets, items, steering.units(), assignments,
                    steering.bodies(), Reforms.find(layout.allParagraphs()), List.copyOf(warnings), coverage(items, assignments));
        }

        private Coverage coverage(List<Item> items, List<Assignment> assignments) {
            Map<String, Map<String, Integer>> byLevel = new LinkedHashMap<>();
            for (Assignment a : assignments) {
                String level = a.fromTable() ? "appendix" : a.item() == null ? "organisation" : a.task() == null ? "item" : "task";
                byLevel.computeIfAbsent(level, k -> new LinkedHashMap<>()).merge(a.role().key(), 1, Integer::sum);
            }
            Set<Integer> orgLines = new TreeSet<>();
            layout.orgParagraphs.forEach(p -> { for (int line : p.lines()) orgLines.add(line); });
            int unreadInBody = (int) unreadLines.stream().filter(line -> !orgLines.contains(line)).count();
            java.util.function.IntSupplier naming = () -> (int) layout.items.stream().flatMap(i -> i.tasks.stream())
                    .filter(t -> UnitGrammar.namesAUnit(Text.concat(t.parts).norm())).count();
            List<String> incomplete = Completeness.check(items, assignments, unreadInBody, unattachedRows, layout.numberingGaps, naming);
            return new Coverage(file.format(), file.paragraphs(), file.tableRows(), items.size(),
                    items.stream().mapToInt(i -> i.tasks().size()).sum(), byLevel, units.unknown(), List.copyOf(unreadLines), incomplete,
                    items.stream().map(i -> Outline.evidence(outline, i)).toList());
        }

        private void readItem(ItemDraft draft, Item item) {
            if (dutiesBeforeRunIns(draft, item)) return;
            byQuotedNames(draft, item);
            byShareLines(draft, item);
            List<List<Statement>> perTask = draft.tasks.stream()
                    .map(t -> Statements.find(Text.concat(withoutDivisions(t.parts, 1)), firstLeads).stream()
                            .filter(s -> !TaskReferences.refersToTasks(s.quote())).toList()).toList();
            boolean taskLevel = perTask.stream().filter(s -> !s.isEmpty()).count() >= 2;
            // paragraph by paragraph: a line of units without a stop (——X（牵头），Y) ends where its paragraph does
            withoutDivisions(draft.preamble, 0).forEach(p -> Statements.find(p, firstLeads, false).stream()
                    .filter(s -> !TaskReferences.refersToTasks(s.quote())).forEach(s -> add(s, item, null, false)));
            readTaskReferences(draft, item);
            readDivisions(draft, item);
            officeLed(Text.concat(draft.preamble), item, null);
            for (int i = 0; i < draft.tasks.size(); i++) {
                TaskDraft task = draft.tasks.get(i);
                int ownEnd = task.parts.get(0).length();
                String taskText = Text.concat(task.parts).norm();
                if (task.leadHeading != null && ledBySection(task, item, perTask.get(i))) continue;
                for (Statement s : perTask.get(i)) {
                    boolean inOwnText = taskText.indexOf(s.quote().norm()) < ownEnd;
                    boolean wholeItem = ITEM_SCOPE.matcher(s.quote().norm()).lookingAt();
                    add(s, item, !wholeItem && (taskLevel || inOwnText) ? task.number : null, false);
                }
                officeLed(Text.concat(task.parts), item, task.number);
            }
        }

        /**
         * 责任分工 blocks of one line per unit (（1）旗科协：牵头组织…): under a task for the task, under the
         * item's heading before its tasks for the item; taken out of the text the other readers read.
         */
        private void byShareLines(ItemDraft draft, Item item) {
            byShareLines(draft.preamble, item, null);
            for (TaskDraft task : draft.tasks) byShareLines(task.parts, item, task.number);
        }

        private void byShareLines(List<Text> paragraphs, Item item, Integer task) {
            ShareLines.Block block = ShareLines.find(paragraphs);
            if (block == null) return;
            explainedLines.add(block.labelLine());
            block.statements().forEach(s -> add(s, item, task, false));
            List<Text> kept = block.without(paragraphs);
            paragraphs.clear();
            paragraphs.addAll(kept);
        }

        /**
         * A paragraph after the item's tasks giving duties by the tasks' quoted names (“A”计划由X牵头；其余任务由Y负责):
         * read for those tasks and taken out of the last task's text, whose statements it is not.
         */
        private void byQuotedNames(ItemDraft draft, Item item) {
            if (draft.tasks.size() < 2) return;
            for (TaskDraft task : draft.tasks) {
                for (int p = 1; p < task.parts.size(); p++) {
                    List<QuotedTasks.Duty> duties = QuotedTasks.read(task.parts.get(p), draft.tasks);
                    if (duties.isEmpty()) continue;
                    for (QuotedTasks.Duty duty : duties) {
                        for (TaskDraft named : duty.tasks()) duty.statements().forEach(s -> add(s, item, named.number, false));
                    }
                    task.parts.remove(p--);
                }
            }
        }

        /**
         * Working groups the item or one of its tasks names (实施主体：第一专项工作组; 本项由第五专项工作组负责):
         * each with the roles of its definition, for the item, or for the task a 本项 sentence is in.
         */
        private void byGroups(ItemDraft draft, Item item) {
            if (groups.isEmpty()) return;
            draft.preamble.forEach(p -> byGroups(p, item, null));
            for (TaskDraft task : draft.tasks) task.parts.forEach(p -> byGroups(p, item, task.number));
        }

        private void byGroups(Text paragraph, Item item, Integer task) {
            String n = paragraph.norm();
            for (WorkingGroups.Reference reference : WorkingGroups.references(n)) {
                WorkingGroups.Group group = groups.get(reference.group());
                if (group == null) continue;
                boolean thisTask = task != null && n.startsWith("本项", reference.sentenceStart());
                for (Statement s : group.statements()) add(s, item, thisTask ? task : null, false);
            }
        }

        /**
         * A task of a plan listed by lead unit, under its section ((一)市科协（8项）): the section's units
         * lead it, with those it names as co-leads (与X共同牵头); the units its notes list take part
         * (配合单位：…). Where it says units answer together (共同负责：A、B), the section's units answer
         * with them. False, and nothing read, when the heading names no units.
         */
        private boolean ledBySection(TaskDraft task, Item item, List<Statement> notes) {
            Text heading = task.leadHeading;
            Matcher count = TASK_COUNT.matcher(heading.norm());
            Text names = (count.find() ? heading.sub(0, count.start()) : heading).strip();
            List<Mention> section = new ArrayList<>();
            if (RoleClauses.names(names, section) < names.length() || section.isEmpty()) return false;
            Text text = Text.concat(task.parts);
            Matcher jointly = JOINTLY_ANSWER.matcher(text.norm());
            if (jointly.find()) {
                List<Mention> with = new ArrayList<>();
                RoleClauses.names(text.sub(jointly.end()), with);
                int end = text.norm().indexOf('。', jointly.start());
                add(new Statement(heading, List.of(), section, false), item, task.number, false);
                add(new Statement(text.sub(jointly.start(), end < 0 ? text.length() : end + 1), List.of(), with, false), item, task.number, false);
                return true;
            }
            add(new Statement(heading, section, List.of(), true), item, task.number, false);
            Matcher coLead = CO_LEAD.matcher(text.norm());
            while (coLead.find()) {
                List<Mention> co = new ArrayList<>();
                Text named = text.sub(coLead.start(1), coLead.end(1));
                if (RoleClauses.names(named, co) == named.length()) {
                    add(new Statement(text.sub(coLead.start(), coLead.end()), co, List.of(), true), item, task.number, false);
                }
            }
            for (Statement note : notes) {
                List<Mention> taking = new ArrayList<>(note.leads());
                taking.addAll(note.others());
                add(new Statement(note.quote(), List.of(), taking.stream().map(m -> m.withRole(Role.PARTICIPANT)).toList(), true),
                        item, task.number, false);
            }
            return true;
        }

        /**
         * An item whose tasks run in one paragraph (一是…；二是…) with each sentence opening with its units
         * (由A牵头，B参与，一是…；二是…。由C负责，三是…): each task has the units of the clause before it, or
         * of the task before. False, and nothing read, when the item is not written so.
         */
        private boolean dutiesBeforeRunIns(ItemDraft draft, Item item) {
            if (draft.tasks.size() < 2 || draft.preamble.isEmpty()) return false;
            for (TaskDraft task : draft.tasks) {
                Numbering.Marker marker = Numbering.at(task.parts.get(0).norm());
                if (marker == null || marker.scheme() != Numbering.IS) return false;
            }
            List<List<Statement>> duties = new ArrayList<>();
            List<Statement> carried = null;
            for (int i = 0; i < draft.tasks.size(); i++) {
                Text before = i == 0 ? draft.preamble.get(draft.preamble.size() - 1) : draft.tasks.get(i - 1).parts.get(0);
                if (i == 0 && draft.preamble.size() == 1) before = afterFirstLine(before);
                String n = before.norm().strip();
                int stop = Math.max(n.lastIndexOf('。'), n.lastIndexOf('；'));
                Text tail = before.strip().sub(stop + 1).strip();
                List<Statement> stated = tail.norm().endsWith("，") ? RoleClauses.prose(tail) : List.of();
                if (!stated.isEmpty()) carried = stated;
                if (carried == null) return false;
                duties.add(carried);
            }
            for (int i = 0; i < draft.tasks.size(); i++) {
                for (Statement s : duties.get(i)) add(s, item, draft.tasks.get(i).number, false);
            }
            return true;
        }

        /** A heading's paragraph after its own line (（三）城镇劳动者科学素质行动 / 由县人社局牵头，…). */
        private static Text afterFirstLine(Text paragraph) {
            for (int k = 1; k < paragraph.length(); k++) {
                if (paragraph.lines()[k] != paragraph.firstLine()) return paragraph.sub(k);
            }
            return paragraph;
        }

        /** The paragraphs after the first {@code kept} that do not divide the item's tasks among units in prose. */
        private static List<Text> withoutDivisions(List<Text> paragraphs, int kept) {
            List<Text> out = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i < kept || !TaskDivisions.divides(paragraphs.get(i))) out.add(paragraphs.get(i));
            }
            return out;
        }

        /** Tasks divided among units in a paragraph of their own (第一、二项分别由A、B牵头，C配合), read with the tasks before it. */
        private void readDivisions(ItemDraft draft, Item item) {
            for (int i = -1; i < draft.tasks.size(); i++) {
                List<Text> paragraphs = i < 0 ? draft.preamble : draft.tasks.get(i).parts;
                // the tasks before a paragraph in the preamble are all the item's: it speaks of what follows
                List<Integer> before = draft.tasks.subList(0, i < 0 ? draft.tasks.size() : i + 1).stream().map(t -> t.number).toList();
                for (int k = i < 0 ? 0 : 1; k < paragraphs.size(); k++) {
                    if (!TaskDivisions.divides(paragraphs.get(k))) continue;
                    for (TaskDivisions.Assigned a : TaskDivisions.read(paragraphs.get(k), before)) add(a.statement(), item, a.task(), false);
                }
            }
        }

        /**
         * Duties given to tasks by number (第1项由…牵头), each to the tasks it names that the item has,
         * or to the tasks just before (以上两项由…), counted back from the task whose text holds it.
         */
        private void readTaskReferences(ItemDraft draft, Item item) {
            for (int i = -1; i < draft.tasks.size(); i++) {
                for (Text text : i < 0 ? draft.preamble : draft.tasks.get(i).parts) {
                    if (TaskDivisions.divides(text) && (i < 0 || text != draft.tasks.get(i).parts.get(0))) continue;
                    for (TaskReferences.Referenced r : TaskReferences.find(text)) {
                        List<Integer> tasks = r.tasks();
                        if (r.preceding() > 0) {
                            if (i < 0 || r.preceding() > i + 1) continue;
                            tasks = draft.tasks.subList(i + 1 - r.preceding(), i + 1).stream().map(t -> t.number).toList();
                        }
                        tasks.stream().filter(n -> item.tasks().stream().anyMatch(t -> t.number() == n))
                                .forEach(n -> add(r.statement(), item, n, false));
                    }
                }
            }
        }

        private void readOrganisation() {
            for (Text paragraph : layout.orgParagraphs) {
                Responsibilities.find(paragraph).forEach(s -> add(s, null, null, false));
                bodies.readOrganisation(paragraph);
                officeLed(paragraph, null, null);
                for (OrgStatements.Found found : OrgStatements.find(paragraph)) {
                    boolean generic = found.role() == Role.FUNDER;
                    Optional<List<String>> names = subjects(found.subject(), generic);
                    if (names.isEmpty()) continue;
                    names.get().forEach(name -> draft(name, found.role(), null, null, found.sentence(), false));
                }
            }
            for (Text paragraph : layout.orgParagraphs) {
                for (Text sentence : OrgStatements.sentences(paragraph)) dutiesOfSubjects(sentence);
            }
        }

        /**
         * A clause of the organisation section that opens with unit names and goes on to say what
         * they do (区财政局将科普经费列入预算, 区委宣传部、区融媒体中心加强宣传) gives each a duty,
         * unless the sentence already gave it a role.
         */
        private void dutiesOfSubjects(Text sentence) {
            for (Text clause : RoleClauses.clauses(sentence)) {
                Text numbered = RoleClauses.subjectStart(clause);
                Matcher intro = DUTY_INTRO.matcher(numbered.norm());
                Text c = intro.find() ? numbered.sub(intro.end()) : numbered;
                List<Mention> names = new ArrayList<>();
                int end = RoleClauses.names(c, names);
                String rest = c.norm().substring(end).replaceFirst("^等(?:单位|部门)?", "");
                if (names.isEmpty() || rest.length() < 2 || NOT_A_DUTY.matcher(rest).find()) continue;
                Matcher with = WITH_PARTNERS.matcher(rest);
                if (with.lookingAt()) {
                    // 县科协（要）会同县统计局开展…: the partners share the duty
                    RoleClauses.names(c.sub(c.length() - rest.length() + with.end()), names);
                }
                for (Mention m : names) {
                    if (STEERING_GROUP.matcher(m.name().norm()).find()) continue;
                    String spelling = units.fromList(m.name().norm(), m.groupPrefix(), sentence.firstLine());
                    boolean hasRole = drafts.values().stream().anyMatch(d -> d.item == null && d.spelling.equals(spelling) && d.quote.orig().equals(sentence.orig()));
                    if (!hasRole) draft(spelling, Role.RESPONSIBLE, null, null, sentence, false);
                }
            }
        }

        /** Sentences in which the steering office leads: its participants here, its lead in the bodies. */
        private void officeLed(Text text, Item item, Integer task) {
            for (SteeringBodies.Led led : bodies.officeLed(text, item, task)) {
                for (Mention m : led.participants()) {
                    draft(units.fromList(m.name().norm(), m.groupPrefix(), led.quote().firstLine()), Role.PARTICIPANT, item, task, led.quote(), false);
                }
                for (int line : led.quote().lines()) explainedLines.add(line);
            }
        }

        /** Resolves a prose subject (区委考评办和区政府办) to known units, or nothing if any part is unknown. */
        private Optional<List<String>> subjects(String subject, boolean generic) {
            List<String> names = new ArrayList<>();
            for (String part : AND.split(subject)) {
                Optional<String> name = longestKnownSuffix(part, generic);
                if (name.isEmpty()) return Optional.empty();
                names.add(name.get());
            }
            return Optional.of(names);
        }

        private Optional<String> longestKnownSuffix(String phrase, boolean generic) {
            for (int start = 0; start <= phrase.length() - 2; start++) {
                // inside a longer name (各乡镇人民政府) only a name as written, never an expansion (县人民政府)
                if (start > 0 && !units.knownAsWritten(phrase.substring(start))) continue;
                Optional<String> name = units.fromProse(phrase.substring(start), generic);
                if (name.isPresent()) return name;
            }
            return Optional.empty();
        }

        /** The units a mention names: its own, or those a short name the plan introduced stands for (街镇). */
        private List<String> spellings(Mention mention, Statement statement) {
            List<String> full = ShortNames.fullNames(mention.name().norm());
            if (full == null) return List.of(spelling(mention, statement));
            return full.stream().map(name -> units.fromList(name, "", statement.quote().firstLine())).toList();
        }

        /** The unit a statement's mention names, with the other name a bracket gave it kept as a label. */
        private String spelling(Mention mention, Statement statement) {
            String spelling = units.fromList(mention.name().norm(), mention.groupPrefix(), statement.quote().firstLine());
            if (mention.alias() != null) units.alias(spelling, mention.alias());
            return spelling;
        }

        private void add(Statement statement, Item item, Integer task, boolean fromTable) {
            for (Mention lead : statement.leads()) {
                for (String spelling : spellings(lead, statement)) draft(spelling, Role.LEAD, item, task, statement.quote(), fromTable);
            }
            Role others = statement.split() ? Role.PARTICIPANT : Role.RESPONSIBLE;
            Set<String> leads = new HashSet<>();
            statement.leads().forEach(lead -> leads.add(lead.name().norm()));
            Set<String> repeated = new HashSet<>();
            for (Mention other : statement.others()) {
                if (leads.contains(other.name().norm())) repeated.add(other.name().norm());
                for (String spelling : spellings(other, statement)) {
                    draft(spelling, other.role() != null ? other.role() : others, item, task, statement.quote(), fromTable);
                }
            }
            if (!leads.isEmpty() && !statement.others().isEmpty()) {
                leadsAndOthers++;
                if (repeated.equals(leads)) leadsListedAgain++;
            }
            if (statement.leads().isEmpty() && statement.others().isEmpty()) {
                warnings.add(new Warning(statement.quote().firstLine(), "responsibility statement names no unit: " + statement.quote().orig()));
                unreadLines.add(statement.quote().firstLine());
            }
        }

        /**
         * A plan that as its way of writing lists each lead again among all the units (牵头单位：A /
         * 责任单位：A、B, in most statements) makes A the lead only; where it happens now and then, A
         * was named in both roles and keeps both.
         */
        private void dropLeadsListedAgain() {
            if (leadsListedAgain < 3 || leadsListedAgain * 2 <= leadsAndOthers) return;
            drafts.values().removeIf(d -> d.role != Role.LEAD && drafts.containsKey(key(d.spelling, Role.LEAD, d.item, d.task))
                    && drafts.get(key(d.spelling, Role.LEAD, d.item, d.task)).quote.equals(d.quote));
        }

        /**
         * A task whose parts (①, ②) each state their units is the union of them; a unit given one role
         * in one part and another in the next has the stronger (lead, then responsible, then taking
         * part). Two roles stated in one statement are both kept, as written.
         */
        private void keepStrongestOfParts() {
            List<Role> strength = List.of(Role.LEAD, Role.RESPONSIBLE, Role.PARTICIPANT);
            drafts.values().removeIf(d -> d.task != null && strength.contains(d.role) && strength.stream()
                    .limit(strength.indexOf(d.role))
                    .map(stronger -> drafts.get(key(d.spelling, stronger, d.item, d.task)))
                    .anyMatch(s -> s != null && !s.quote.equals(d.quote) && !s.fromTable && !d.fromTable));
        }

        private static String key(String spelling, Role role, Item item, Integer task) {
            return spelling + "|" + role + "|" + (item == null ? "" : item.ordinal()) + "|" + task;
        }

        private void draft(String spelling, Role role, Item item, Integer task, Text quote, boolean fromTable) {
            for (int line : quote.lines()) explainedLines.add(line);
            drafts.putIfAbsent(key(spelling, role, item, task), new Draft(spelling, role, item, task, quote, fromTable));
        }

        /**
         * 未注明牵头单位的任务，均由X牵头: X leads each task that names neither a lead nor units that
         * answer for it, unless its item names them for all its tasks.
         */
        private void leadByDefault(List<Item> items) {
            DefaultLead.Found found = DefaultLead.of(layout.allParagraphs());
            if (found == null) return;
            String lead = units.fromList(found.name(), "", found.quote().firstLine());
            for (Item item : items) {
                if (led(item, null)) continue;
                for (Task task : item.tasks()) {
                    if (!led(item, task.number())) draft(lead, Role.LEAD, item, task.number(), found.quote(), false);
                }
            }
        }

        /**
         * Tasks whose duties are another's (分工同第11项, with 另增加X配合), and where the plan says it leaves
         * out duties equal to the task before's, tasks without any: in the document's order, so that
         * one copied task may be copied again.
         */
        private void sameDuties(List<Item> items) {
            boolean asPrevious = SameDuties.statesAsPrevious(document.norm());
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                List<TaskDraft> tasks = layout.items.get(i).tasks;
                for (int t = 0; t < tasks.size(); t++) {
                    TaskDraft task = tasks.get(t);
                    Text text = Text.concat(task.parts);
                    int source = SameDuties.sameAs(text.norm());
                    if (source >= 0) {
                        copyDuties(sourceItem(items, item, source), source, item, task.number);
                        Matcher added = SameDuties.added(text);
                        if (added != null) {
                            List<Mention> units = new ArrayList<>();
                            RoleClauses.names(text.sub(added.start(1), added.end(1)), units);
                            Role role = RoleClauses.roleOfWord(added.group(2));
                            Statement statement = new Statement(text.sub(added.start(), added.end()), List.of(),
                                    units.stream().map(m -> m.withRole(role)).toList(), true);
                            if (!units.isEmpty()) add(statement, item, task.number, false);
                        }
                    } else if (asPrevious && t > 0 && drafts.values().stream().noneMatch(d -> d.item == item && Integer.valueOf(task.number).equals(d.task))) {
                        copyDuties(item, tasks.get(t - 1).number, item, task.number);
                    }
                }
            }
        }

        /** The item holding task {@code number}: this one when it has it, else the first that does (numbers run through the plan). */
        private Item sourceItem(List<Item> items, Item here, int number) {
            if (here.tasks().stream().anyMatch(t -> t.number() == number)) return here;
            return items.stream().filter(i -> i.tasks().stream().anyMatch(t -> t.number() == number)).findFirst().orElse(here);
        }

        private void copyDuties(Item fromItem, int fromTask, Item item, int task) {
            List<Draft> source = drafts.values().stream().filter(d -> d.item == fromItem && Integer.valueOf(fromTask).equals(d.task)).toList();
            for (Draft d : source) draft(d.spelling, d.role, item, task, d.quote, d.fromTable);
        }

        private boolean led(Item item, Integer task) {
            return drafts.values().stream().anyMatch(d -> d.item == item && java.util.Objects.equals(d.task, task)
                    && (d.role == Role.LEAD || d.role == Role.RESPONSIBLE));
        }

        /** Lines that read like responsibility statements but gave no assignment. */
        private void warnUnread() {
            for (int line : layout.unreadHeadings) {
                // a unit's entry of a division of labour (1.县科协：牵头实施…工程) was read, not missed
                if (!explainedLines.contains(line) && unreadLines.add(line)) {
                    warnings.add(new Warning(line, "looks like the heading of an action or project but its name was not read;"
                            + " what follows it is not assigned to any item"));
                }
            }
            List<Text> body = new ArrayList<>(layout.orgParagraphs);
            layout.items.forEach(i -> {
                body.addAll(i.preamble);
                i.tasks.forEach(t -> body.addAll(t.parts));
            });
            body.forEach(paragraph -> warnUnread(paragraph, STATEMENT_LIKE));
            // unit lists under headings not read as items: their tasks were not read either
            layout.otherParagraphs.forEach(paragraph -> warnUnread(paragraph, LABELLED_LIST));
            // a numbered part outside items that closes with units in a bracket, as a task does
            layout.otherParagraphs.stream().filter(p -> Numbering.at(p.norm()) != null && !explainedLines.contains(p.firstLine())
                    && Statements.closesWithUnits(p)).forEach(p -> {
                        if (unreadLines.add(p.firstLine())) warnings.add(new Warning(p.firstLine(),
                                "states units outside any action or project: not read"));
                    });
        }

        private void warnUnread(Text paragraph, Pattern statementLike) {
            Matcher m = statementLike.matcher(paragraph.norm());
            while (m.find()) {
                if (m.group().equals("牵头") && !labels(paragraph.norm(), m.end()) && !namedBefore(paragraph.norm(), m.start())) continue;
                int line = paragraph.lines()[m.start()];
                if (!explainedLines.contains(line) && unreadLines.add(line)) {
                    warnings.add(new Warning(line, "looks like a responsibility statement but no unit was read from it"));
                }
            }
        }
    }

    /** Whether a 牵头 is a label's (牵头单位, 牵头部门): a statement however its units are given. */
    private static boolean labels(String n, int after) {
        return n.startsWith("单位", after) || n.startsWith("部门", after);
    }

    /**
     * Whether a unit's name, or 由, stands before a 牵头 in its clause: 由区科协牵头, 区教育局、区科协牵头 —
     * not a way of working written with bare words (党委领导、政府主导、科协牵头、部门协同).
     */
    private static boolean namedBefore(String n, int at) {
        int clause = Math.max(n.lastIndexOf('，', at - 1), Math.max(n.lastIndexOf('。', at - 1), n.lastIndexOf('；', at - 1))) + 1;
        if (n.substring(clause, at).contains("由")) return true;
        // a role suffix: 旗科协（牵头）, 旗教育体育局、旗民委（共同牵头）
        int end = at;
        if (n.startsWith("（共同", end - 3)) end -= 3;
        else if (end > 0 && n.charAt(end - 1) == '（') end--;
        for (int from = Math.max(clause, end - NAME_CHARS); from <= end - 2; from++) {
            if (UnitGrammar.isName(n.substring(from, end))) return true;
        }
        return false;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
