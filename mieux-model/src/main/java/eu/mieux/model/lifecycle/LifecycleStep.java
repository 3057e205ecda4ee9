package eu.mieux.model.lifecycle;

import eu.mieux.model.Coded;
import eu.mieux.model.MieuxProcess;

/**
 * A step of "How MIEUX works", from request to closure (RULES.md §4.1, steps L1-L11; 001:308-342).
 * The step numbers are derived by the catalogue; the source graphic numbers only four steps.
 */
public enum LifecycleStep implements Coded {
  /** L1: the request is sent by an eligible requesting body. */
  REQUEST_SENT("L1", MieuxProcess.PRE_IMPLEMENTATION),
  /** L2: the request is received by the MIEUX team or the EU Delegation. */
  REQUEST_RECEIVED("L2", MieuxProcess.PRE_IMPLEMENTATION),
  /** L3: the Action Fiche is prepared jointly by the MIEUX team, the partner and the steering committee. */
  ACTION_FICHE_PREPARED("L3", MieuxProcess.PRE_IMPLEMENTATION),
  /** L4: the Action is adapted to priority needs. */
  ADAPTATION_TO_PRIORITIES("L4", MieuxProcess.PRE_IMPLEMENTATION),
  /** L5: the steering committee approves. */
  APPROVAL("L5", MieuxProcess.PRE_IMPLEMENTATION),
  /** L6: experts are mobilised rapidly. */
  EXPERTS_MOBILISED("L6", MieuxProcess.IMPLEMENTATION),
  /** L7: the activities are carried out. */
  ACTIVITIES_CARRIED_OUT("L7", MieuxProcess.IMPLEMENTATION),
  /** L8: local ownership is ensured. */
  LOCAL_OWNERSHIP("L8", MieuxProcess.IMPLEMENTATION),
  /** L9: results are evaluated and shared. */
  EVALUATION_AND_SHARING("L9", MieuxProcess.MONITORING_AND_EVALUATION),
  /** L10: the Action is closed. */
  CLOSURE("L10", MieuxProcess.IMPLEMENTATION),
  /** L11: the partner may submit a follow-up request, giving a sequel Action. */
  FOLLOW_UP("L11", MieuxProcess.PRE_IMPLEMENTATION);

  private final String id;
  private final MieuxProcess process;

  LifecycleStep(String id, MieuxProcess process) {
    this.id = id;
    this.process = process;
  }

  /**
   * Gets the step id of the catalogue, such as {@code L5}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Gets the MIEUX process the step belongs to.
   *
   * @return the process
   */
  public MieuxProcess process() {
    return process;
  }
}
