export {
  checkNewLocation,
  type ChecklistItem,
  type ChecklistStatus,
  type LocationChecklist,
  type LocationRequirement,
  type NewLocationFacts,
} from './locations.js';
