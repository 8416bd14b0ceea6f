import { PageSkeleton } from "../../../ui/PageSkeleton";

export default PageSkeleton;
