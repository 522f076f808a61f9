import { format } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { explainRanking, overallScore, type RankingDetails } from './ranking';

/** A result's ranking signals, on demand (a disclosure), in plain words. */
export const WhyThisOrder = ({
  details,
  rankingScore,
  position,
}: {
  details: RankingDetails | undefined;
  rankingScore: unknown;
  position: number | undefined;
}) => {
  const { locale, messages } = useI18n();
  const m = messages.why;
  const reasons = explainRanking(details, m, locale);
  const score = overallScore(rankingScore);
  const relevant = reasons.filter((reason) => !reason.rule.includes(':'));
  return (
    <details className="why">
      <summary>{m.summary}</summary>
      <div className="why-body">
        <p>
          {position !== undefined && `${format(m.position, { position })} `}
          {score !== undefined && relevant.length > 0 && format(m.score, { score })}
        </p>
        {relevant.length === 0 && <p>{m.placeholder}</p>}
        {reasons.length > 0 && (
          <>
            {relevant.length > 0 && <p className="why-intro">{m.rules_intro}</p>}
            <ol className="why-rules">
              {reasons.map((reason) => (
                <li key={reason.rule}>
                  <span>{reason.text}</span>
                  {reason.score !== undefined && (
                    <span className="meter" title={format(m.strength, { score: reason.score })}>
                      <span className="meter-bar" style={{ width: `${reason.score}%` }} />
                      <span className="visually-hidden">
                        {format(m.strength, { score: reason.score })}
                      </span>
                    </span>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </details>
  );
};
