#![doc = include_str!("../README.md")]

mod accounts;
mod api_token;
mod assessment;
mod audit;
pub mod backup;
mod collection;
mod collector;
mod columnar;
mod consent;
pub mod credentials;
mod dataset;
mod db;
mod error;
mod files;
mod id;
mod invitation;
mod library;
mod library_comment;
mod measurement;
mod org_pack;
mod organisation;
mod outbox;
mod output_log;
mod participant;
mod partners;
mod plan;
mod questionnaire;
mod reference;
mod report;
mod reporting;
mod role;
mod session;
mod sharing;
mod story;
pub mod testing;
mod throttle;
mod upload;
mod weighting;

pub use accounts::{Accounts, Member, Membership, NewUser, User, UserCredentials, UserId};
pub use api_token::{ApiToken, ApiTokens, NewApiToken, TokenId};
pub use assessment::{Assessment, AssessmentId, Assessments, NewAssessment};
pub use audit::{
    Audit, AuditCursor, AuditEvent, AuditFilter, AuditRecord, NewAuditEvent, OBJECT_KINDS,
};
pub use backup::BackupSummary;
pub use collection::{
    CollectionLink, CollectionLinkId, CollectionRecord, CollectionSettings, Collections, Draft,
    NewResponse, ResponseId, ResponseRecord, Stored,
};
pub use collector::{Collector, CollectorId, Collectors, NewCollector};
pub use consent::{Consent, ConsentId, Consents, NewConsent};
pub use dataset::{CachedReport, DatasetRecord, DatasetSummary, Datasets, NewDataset};
pub use db::AnyStore;
pub use error::StoreError;
pub use id::{DatasetId, OrgId, PlanId};
pub use invitation::{Invitation, InvitationId, Invitations};
pub use library::{DESIGNS, Library, LibraryEntry, LibraryEntryId, NewLibraryEntry};
pub use library_comment::{
    LIBRARY_ACTOR, LibraryComment, LibraryCommentId, LibraryComments, LibraryCopy, NewLibraryCopy,
};
pub use measurement::{Measurement, MeasurementId, Measurements, NewMeasurement, OwnPoint};
pub use org_pack::{NewOrgPack, OrgPack, OrgPackId, OrgPacks};
pub use organisation::{NewOrganisation, Organisation, Organisations};
pub use outbox::{Outbox, OutboxMessage};
pub use output_log::{NewOutputLog, OutputLog, OutputLogId, OutputLogs, OutputTarget};
pub use participant::{
    CODE_ALPHABET, CODE_LENGTH, CODE_PREFIX, Contact, ContactRecord, Erased, NewParticipant,
    Participant, ParticipantId, ParticipantUpdate, Participants, PlanMembership, SIDES,
    generate_code, is_participant_code,
};
pub use partners::{LINK_STATUSES, PartnerLink, PartnerLinkId, Partners};
pub use plan::{NewPlan, PlanRecord, PlanUpdate, Plans};
pub use questionnaire::{
    NewQuestionnaire, QuestionnaireId, QuestionnaireRecord, QuestionnaireUpdate,
    QuestionnaireVersion, Questionnaires,
};
pub use reference::{NewReferenceValue, ReferenceId, ReferenceValue, ReferenceValues};
pub use report::{NewReport, Report, ReportId, Reports};
pub use reporting::{
    DueReminder, NewReportingPeriod, PartnerReport, PartnerReportId, Reporting, ReportingPeriod,
    ReportingPeriodId,
};
pub use role::Role;
pub use session::{SessionRecord, Sessions};
pub use sharing::{NewShare, Share, ShareId, ShareKind, SharedObject, Sharing};
pub use story::{
    LinkedConsent, NewStory, STORY_KINDS, Stories, Story, StoryConsent, StoryFile, StoryId,
    StoryTag, TAG_KINDS,
};
pub use throttle::{Attempt, Throttle};
pub use upload::{NewUpload, Upload, UploadChange, UploadQuota, UploadState, Uploads};
pub use weighting::{NewWeighting, WeightingId, WeightingRecord, WeightingSummary, Weightings};

/// Everything a store can do, by concept: `use tessera_store::prelude::*` brings every trait
/// into scope, so [`AnyStore`]'s methods can be called.
pub mod prelude {
    pub use crate::{
        Accounts, ApiTokens, Assessments, Audit, Collections, Collectors, Consents, Datasets,
        Invitations, Library, LibraryComments, Measurements, OrgPacks, Organisations, Outbox,
        OutputLogs, Participants, Partners, Plans, Questionnaires, ReferenceValues, Reporting,
        Reports, Sessions, Sharing, Store, Stories, Throttle, Uploads, Weightings,
    };
}

/// A store that does everything: every concept's trait at once, for code that takes "a
/// store" generically (`impl Store`). [`AnyStore`] is one.
pub trait Store:
    Organisations
    + Accounts
    + Invitations
    + Sessions
    + Outbox
    + ApiTokens
    + Sharing
    + Datasets
    + Plans
    + Audit
    + Uploads
    + Throttle
    + Participants
    + Consents
    + Measurements
    + OutputLogs
    + Questionnaires
    + Collections
    + Collectors
    + Stories
    + Reports
    + Assessments
    + ReferenceValues
    + OrgPacks
    + Weightings
    + Library
    + LibraryComments
    + Partners
    + Reporting
{
}

impl<T> Store for T where
    T: Organisations
        + Accounts
        + Invitations
        + Sessions
        + Outbox
        + ApiTokens
        + Sharing
        + Datasets
        + Plans
        + Audit
        + Uploads
        + Throttle
        + Participants
        + Consents
        + Measurements
        + OutputLogs
        + Questionnaires
        + Collections
        + Collectors
        + Stories
        + Reports
        + Assessments
        + ReferenceValues
        + OrgPacks
        + Weightings
        + Library
        + LibraryComments
        + Partners
        + Reporting
{
}
