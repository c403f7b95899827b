package nl.onderstroom.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.onderstroom.base.NotFound;
import nl.onderstroom.scan.ScanTallies;

/**
 * Hand-made tallies for tests, standing in for the scan feature's implementation. Mutable, so a test can change
 * the answers behind a scan and see whether the results follow.
 */
public class FakeScanTallies implements ScanTallies {

    /** Everything behind one scan. */
    public record Data(ScanInfo scan, List<DepartmentCount> departments, List<ConnectionCount> connections,
                       IntendedIdentity intended, List<Text> texts) {
    }

    /** The advisor's own questions behind one scan, and the staff's answers to them. */
    public record Own(List<nl.onderstroom.scan.QuestionSet.Question> questions, List<OwnAnswerCount> answers,
                      List<OwnText> texts) {
    }

    private final Map<Long, Data> scans = new ConcurrentHashMap<>();
    private final Map<Long, Provenance> provenance = new ConcurrentHashMap<>();

    /** Where the scan's responses came from; without it: all online, no codes. */
    public void provenance(long scanId, Provenance value) {
        provenance.put(scanId, value);
    }

    private final Map<Long, Own> own = new ConcurrentHashMap<>();

    public void putOwn(long scanId, Own data) {
        own.put(scanId, data);
    }

    public void put(Data data) {
        scans.put(data.scan().id(), data);
    }

    public void clear() {
        scans.clear();
        provenance.clear();
        own.clear();
    }

    private Data data(long scanId) {
        Data data = scans.get(scanId);
        if (data == null) {
            throw new NotFound();
        }
        return data;
    }

    @Override
    public ScanInfo scan(long scanId) {
        return data(scanId).scan();
    }

    @Override
    public Provenance provenance(long scanId) {
        data(scanId);
        return provenance.getOrDefault(scanId, new Provenance(0, Map.of(), java.util.Set.of()));
    }

    @Override
    public List<ScanInfo> scansOf(long organisationId) {
        List<ScanInfo> list = new ArrayList<>();
        scans.values().stream().map(Data::scan).filter(s -> s.organisationId() == organisationId).forEach(list::add);
        list.sort(Comparator.comparingLong(ScanInfo::id).reversed());
        return list;
    }

    @Override
    public List<ConnectionCount> connections(long scanId) {
        return data(scanId).connections();
    }

    @Override
    public List<DepartmentCount> departments(long scanId) {
        return data(scanId).departments();
    }

    @Override
    public IntendedIdentity intendedIdentity(long scanId) {
        return data(scanId).intended();
    }

    @Override
    public List<Text> texts(long scanId, TextKind kind) {
        return data(scanId).texts().stream().filter(t -> t.kind() == kind).toList();
    }

    @Override
    public List<nl.onderstroom.scan.QuestionSet.Question> ownQuestions(long scanId) {
        data(scanId);
        return own.containsKey(scanId) ? own.get(scanId).questions() : List.of();
    }

    @Override
    public List<OwnAnswerCount> ownAnswers(long scanId) {
        data(scanId);
        return own.containsKey(scanId) ? own.get(scanId).answers() : List.of();
    }

    @Override
    public List<OwnText> ownTexts(long scanId) {
        data(scanId);
        return own.containsKey(scanId) ? own.get(scanId).texts() : List.of();
    }
}
