package fr.mutualis.experience.barometer.application;

import fr.mutualis.experience.barometer.domain.Answers;
import fr.mutualis.experience.barometer.domain.Assessment;
import fr.mutualis.experience.barometer.domain.AssessmentDateException;
import fr.mutualis.experience.barometer.domain.AssessmentRepository;
import fr.mutualis.experience.barometer.domain.Evaluation;
import fr.mutualis.experience.barometer.domain.ProfileRules;
import fr.mutualis.experience.barometer.domain.Progress;
import fr.mutualis.experience.collectivite.domain.CollectiviteDirectory;
import fr.mutualis.experience.collectivite.domain.NotAnAgentOfException;
import fr.mutualis.experience.record.domain.PlausibleDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The barometer's use cases: simulate, record and trace a collectivité's self-assessments. */
@Service
public class Barometer {

    private final ProfileRules rules;
    private final AssessmentRepository assessments;
    private final CollectiviteDirectory directory;
    private final Clock clock;

    public Barometer(ProfileRules rules, AssessmentRepository assessments, CollectiviteDirectory directory, Clock clock) {
        this.rules = rules;
        this.assessments = assessments;
        this.directory = directory;
        this.clock = clock;
    }

    /** One assessment of a history, with what changed since the one before. */
    public record Step(Assessment assessment, Progress progress) {
    }

    public ProfileRules rules() {
        return rules;
    }

    /** @throws fr.mutualis.experience.barometer.domain.UnknownAnswerException for an answer outside the study's codes */
    public Evaluation simulate(Answers answers) {
        rules.requireKnown(answers);
        return rules.evaluate(answers);
    }

    /**
     * Records a self-assessment of the agent's own collectivité and publishes its event, in one transaction.
     *
     * @param assessedOn the date the answers describe; today when null
     * @throws AssessmentDateException if it is in the future or before {@link PlausibleDates#EARLIEST}
     */
    @Transactional
    public Assessment record(String agentSiren, String siren, LocalDate assessedOn, Answers answers) {
        NotAnAgentOfException.requireSame(agentSiren, siren);
        return store(UUID.randomUUID(), siren, assessedOn, answers, false);
    }

    /**
     * Records a demonstration assessment with a fixed id unless it is there already.
     *
     * @return whether it was recorded
     */
    @Transactional
    public boolean recordDemoIfAbsent(UUID id, String siren, LocalDate assessedOn, Answers answers) {
        if (assessments.exists(id)) {
            return false;
        }
        store(id, siren, assessedOn, answers, true);
        return true;
    }

    /** The collectivité's assessments newest first, each with its progress since the previous one. */
    @Transactional(readOnly = true)
    public List<Step> history(String siren) {
        List<Assessment> newestFirst = assessments.historyOf(siren);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Assessment previous = i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null;
            steps.add(new Step(newestFirst.get(i), Progress.between(previous, newestFirst.get(i))));
        }
        return steps;
    }

    private Assessment store(UUID id, String siren, LocalDate assessedOn, Answers answers, boolean demo) {
        Evaluation evaluation = simulate(answers);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (assessedOn != null && !PlausibleDates.isPastDate(assessedOn, today)) {
            throw new AssessmentDateException(assessedOn);
        }
        Assessment assessment = new Assessment(id, directory.require(siren), assessedOn == null ? today : assessedOn,
                answers, evaluation, rules.version(), demo, assessments.countOf(siren) + 1, now);
        if (!assessments.insertIfAbsent(assessment)) {
            throw new IllegalStateException("Assessment " + id + " exists already");
        }
        assessments.publishRecorded(assessment);
        return assessment;
    }
}
