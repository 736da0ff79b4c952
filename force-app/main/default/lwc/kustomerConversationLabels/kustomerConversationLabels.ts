// Every Custom Label of the conversation viewer, by name. The pure model returns label names; components read
// the text here. Generated from the label list in CustomLabels.labels-meta.xml (a test keeps both in step).
import Viewer_Title from '@salesforce/label/c.Viewer_Title';
import Viewer_Channel_Email from '@salesforce/label/c.Viewer_Channel_Email';
import Viewer_Channel_Sms from '@salesforce/label/c.Viewer_Channel_Sms';
import Viewer_Channel_Chat from '@salesforce/label/c.Viewer_Channel_Chat';
import Viewer_Channel_Facebook from '@salesforce/label/c.Viewer_Channel_Facebook';
import Viewer_Channel_Twitter_Dm from '@salesforce/label/c.Viewer_Channel_Twitter_Dm';
import Viewer_Channel_Twitter_Tweet from '@salesforce/label/c.Viewer_Channel_Twitter_Tweet';
import Viewer_Channel_Voice from '@salesforce/label/c.Viewer_Channel_Voice';
import Viewer_Channel_Instagram from '@salesforce/label/c.Viewer_Channel_Instagram';
import Viewer_Channel_Instagram_Comment from '@salesforce/label/c.Viewer_Channel_Instagram_Comment';
import Viewer_Channel_Whatsapp from '@salesforce/label/c.Viewer_Channel_Whatsapp';
import Viewer_Channel_Form from '@salesforce/label/c.Viewer_Channel_Form';
import Viewer_Channel_Note from '@salesforce/label/c.Viewer_Channel_Note';
import Viewer_Channel_Unknown from '@salesforce/label/c.Viewer_Channel_Unknown';
import Viewer_Channel_Other from '@salesforce/label/c.Viewer_Channel_Other';
import Viewer_Author_Customer from '@salesforce/label/c.Viewer_Author_Customer';
import Viewer_Author_Agent from '@salesforce/label/c.Viewer_Author_Agent';
import Viewer_Author_Automation from '@salesforce/label/c.Viewer_Author_Automation';
import Viewer_Updated_Unknown from '@salesforce/label/c.Viewer_Updated_Unknown';
import Viewer_Updated_Just_Now from '@salesforce/label/c.Viewer_Updated_Just_Now';
import Viewer_Updated_Minutes from '@salesforce/label/c.Viewer_Updated_Minutes';
import Viewer_Updated_Hours from '@salesforce/label/c.Viewer_Updated_Hours';
import Viewer_Updated_At from '@salesforce/label/c.Viewer_Updated_At';
import Viewer_Error_Not_Linked_Title from '@salesforce/label/c.Viewer_Error_Not_Linked_Title';
import Viewer_Error_Not_Linked_User from '@salesforce/label/c.Viewer_Error_Not_Linked_User';
import Viewer_Error_Not_Linked_Admin from '@salesforce/label/c.Viewer_Error_Not_Linked_Admin';
import Viewer_Error_Invalid_Id_Title from '@salesforce/label/c.Viewer_Error_Invalid_Id_Title';
import Viewer_Error_Invalid_Id_User from '@salesforce/label/c.Viewer_Error_Invalid_Id_User';
import Viewer_Error_Invalid_Id_Admin from '@salesforce/label/c.Viewer_Error_Invalid_Id_Admin';
import Viewer_Error_No_Access_Title from '@salesforce/label/c.Viewer_Error_No_Access_Title';
import Viewer_Error_No_Access_User from '@salesforce/label/c.Viewer_Error_No_Access_User';
import Viewer_Error_No_Access_Admin from '@salesforce/label/c.Viewer_Error_No_Access_Admin';
import Viewer_Error_Invalid_Request_Title from '@salesforce/label/c.Viewer_Error_Invalid_Request_Title';
import Viewer_Error_Invalid_Request_User from '@salesforce/label/c.Viewer_Error_Invalid_Request_User';
import Viewer_Error_Invalid_Request_Admin from '@salesforce/label/c.Viewer_Error_Invalid_Request_Admin';
import Viewer_Error_Not_Configured_Title from '@salesforce/label/c.Viewer_Error_Not_Configured_Title';
import Viewer_Error_Not_Configured_User from '@salesforce/label/c.Viewer_Error_Not_Configured_User';
import Viewer_Error_Not_Configured_Admin from '@salesforce/label/c.Viewer_Error_Not_Configured_Admin';
import Viewer_Error_Unauthorized_Title from '@salesforce/label/c.Viewer_Error_Unauthorized_Title';
import Viewer_Error_Unauthorized_User from '@salesforce/label/c.Viewer_Error_Unauthorized_User';
import Viewer_Error_Unauthorized_Admin from '@salesforce/label/c.Viewer_Error_Unauthorized_Admin';
import Viewer_Error_Forbidden_Title from '@salesforce/label/c.Viewer_Error_Forbidden_Title';
import Viewer_Error_Forbidden_User from '@salesforce/label/c.Viewer_Error_Forbidden_User';
import Viewer_Error_Forbidden_Admin from '@salesforce/label/c.Viewer_Error_Forbidden_Admin';
import Viewer_Error_Not_Found_Title from '@salesforce/label/c.Viewer_Error_Not_Found_Title';
import Viewer_Error_Not_Found_User from '@salesforce/label/c.Viewer_Error_Not_Found_User';
import Viewer_Error_Not_Found_Admin from '@salesforce/label/c.Viewer_Error_Not_Found_Admin';
import Viewer_Error_Rate_Limited_Title from '@salesforce/label/c.Viewer_Error_Rate_Limited_Title';
import Viewer_Error_Rate_Limited_User from '@salesforce/label/c.Viewer_Error_Rate_Limited_User';
import Viewer_Error_Rate_Limited_Admin from '@salesforce/label/c.Viewer_Error_Rate_Limited_Admin';
import Viewer_Error_Upstream_Title from '@salesforce/label/c.Viewer_Error_Upstream_Title';
import Viewer_Error_Upstream_User from '@salesforce/label/c.Viewer_Error_Upstream_User';
import Viewer_Error_Upstream_Admin from '@salesforce/label/c.Viewer_Error_Upstream_Admin';
import Viewer_Error_Timeout_Title from '@salesforce/label/c.Viewer_Error_Timeout_Title';
import Viewer_Error_Timeout_User from '@salesforce/label/c.Viewer_Error_Timeout_User';
import Viewer_Error_Timeout_Admin from '@salesforce/label/c.Viewer_Error_Timeout_Admin';
import Viewer_Error_Bad_Response_Title from '@salesforce/label/c.Viewer_Error_Bad_Response_Title';
import Viewer_Error_Bad_Response_User from '@salesforce/label/c.Viewer_Error_Bad_Response_User';
import Viewer_Error_Bad_Response_Admin from '@salesforce/label/c.Viewer_Error_Bad_Response_Admin';
import Viewer_Error_Unknown_Title from '@salesforce/label/c.Viewer_Error_Unknown_Title';
import Viewer_Error_Unknown_User from '@salesforce/label/c.Viewer_Error_Unknown_User';
import Viewer_Error_Unknown_Admin from '@salesforce/label/c.Viewer_Error_Unknown_Admin';
import Viewer_Refresh from '@salesforce/label/c.Viewer_Refresh';
import Viewer_Refresh_Alt from '@salesforce/label/c.Viewer_Refresh_Alt';
import Viewer_Open_In_Kustomer from '@salesforce/label/c.Viewer_Open_In_Kustomer';
import Viewer_Open_In_Kustomer_Alt from '@salesforce/label/c.Viewer_Open_In_Kustomer_Alt';
import Viewer_Status_Open from '@salesforce/label/c.Viewer_Status_Open';
import Viewer_Status_Snoozed from '@salesforce/label/c.Viewer_Status_Snoozed';
import Viewer_Status_Done from '@salesforce/label/c.Viewer_Status_Done';
import Viewer_Status_Label from '@salesforce/label/c.Viewer_Status_Label';
import Viewer_Priority from '@salesforce/label/c.Viewer_Priority';
import Viewer_Assignees from '@salesforce/label/c.Viewer_Assignees';
import Viewer_Unassigned from '@salesforce/label/c.Viewer_Unassigned';
import Viewer_Csat_Rating from '@salesforce/label/c.Viewer_Csat_Rating';
import Viewer_Csat_Status from '@salesforce/label/c.Viewer_Csat_Status';
import Viewer_Message_Count from '@salesforce/label/c.Viewer_Message_Count';
import Viewer_Channels from '@salesforce/label/c.Viewer_Channels';
import Viewer_Feed_Label from '@salesforce/label/c.Viewer_Feed_Label';
import Viewer_Loading from '@salesforce/label/c.Viewer_Loading';
import Viewer_Loading_Older from '@salesforce/label/c.Viewer_Loading_Older';
import Viewer_Load_Earlier from '@salesforce/label/c.Viewer_Load_Earlier';
import Viewer_Load_More from '@salesforce/label/c.Viewer_Load_More';
import Viewer_Shown_Of from '@salesforce/label/c.Viewer_Shown_Of';
import Viewer_Jump_To_Newest from '@salesforce/label/c.Viewer_Jump_To_Newest';
import Viewer_Empty from '@salesforce/label/c.Viewer_Empty';
import Viewer_No_Results from '@salesforce/label/c.Viewer_No_Results';
import Viewer_Search_Label from '@salesforce/label/c.Viewer_Search_Label';
import Viewer_Search_Placeholder from '@salesforce/label/c.Viewer_Search_Placeholder';
import Viewer_Search_Count from '@salesforce/label/c.Viewer_Search_Count';
import Viewer_Search_None from '@salesforce/label/c.Viewer_Search_None';
import Viewer_Search_Next from '@salesforce/label/c.Viewer_Search_Next';
import Viewer_Search_Previous from '@salesforce/label/c.Viewer_Search_Previous';
import Viewer_Filters_Label from '@salesforce/label/c.Viewer_Filters_Label';
import Viewer_Filter_Channel from '@salesforce/label/c.Viewer_Filter_Channel';
import Viewer_Filter_All_Channels from '@salesforce/label/c.Viewer_Filter_All_Channels';
import Viewer_Filter_Inbound from '@salesforce/label/c.Viewer_Filter_Inbound';
import Viewer_Filter_Outbound from '@salesforce/label/c.Viewer_Filter_Outbound';
import Viewer_Filter_Notes from '@salesforce/label/c.Viewer_Filter_Notes';
import Viewer_Direction_In from '@salesforce/label/c.Viewer_Direction_In';
import Viewer_Direction_Out from '@salesforce/label/c.Viewer_Direction_Out';
import Viewer_Note_Badge from '@salesforce/label/c.Viewer_Note_Badge';
import Viewer_Auto_Badge from '@salesforce/label/c.Viewer_Auto_Badge';
import Viewer_Follow_Up_Badge from '@salesforce/label/c.Viewer_Follow_Up_Badge';
import Viewer_Failed_Badge from '@salesforce/label/c.Viewer_Failed_Badge';
import Viewer_Failed_Detail from '@salesforce/label/c.Viewer_Failed_Detail';
import Viewer_Redacted_Message from '@salesforce/label/c.Viewer_Redacted_Message';
import Viewer_Truncated from '@salesforce/label/c.Viewer_Truncated';
import Viewer_Rich_Text_Note from '@salesforce/label/c.Viewer_Rich_Text_Note';
import Viewer_Show_Quoted from '@salesforce/label/c.Viewer_Show_Quoted';
import Viewer_Hide_Quoted from '@salesforce/label/c.Viewer_Hide_Quoted';
import Viewer_Subject from '@salesforce/label/c.Viewer_Subject';
import Viewer_From from '@salesforce/label/c.Viewer_From';
import Viewer_To from '@salesforce/label/c.Viewer_To';
import Viewer_Cc from '@salesforce/label/c.Viewer_Cc';
import Viewer_Attachments from '@salesforce/label/c.Viewer_Attachments';
import Viewer_Attachment_Open from '@salesforce/label/c.Viewer_Attachment_Open';
import Viewer_Attachment_Open_Short from '@salesforce/label/c.Viewer_Attachment_Open_Short';
import Viewer_Attachment_Loading from '@salesforce/label/c.Viewer_Attachment_Loading';
import Viewer_Attachment_Redacted from '@salesforce/label/c.Viewer_Attachment_Redacted';
import Viewer_Attachment_Redacted_Alt from '@salesforce/label/c.Viewer_Attachment_Redacted_Alt';
import Viewer_Attachment_Preview from '@salesforce/label/c.Viewer_Attachment_Preview';
import Viewer_Attachment_Error from '@salesforce/label/c.Viewer_Attachment_Error';
import Viewer_Attachment_Expiry from '@salesforce/label/c.Viewer_Attachment_Expiry';
import Viewer_Attachment_Unknown_Size from '@salesforce/label/c.Viewer_Attachment_Unknown_Size';
import Viewer_Retry from '@salesforce/label/c.Viewer_Retry';
import Viewer_Retry_In from '@salesforce/label/c.Viewer_Retry_In';
import Viewer_Rate_Wait from '@salesforce/label/c.Viewer_Rate_Wait';
import Viewer_Admin_Fix from '@salesforce/label/c.Viewer_Admin_Fix';
import Viewer_Ask_Admin from '@salesforce/label/c.Viewer_Ask_Admin';
import Viewer_Open_Setup from '@salesforce/label/c.Viewer_Open_Setup';
import Viewer_Missing_Role from '@salesforce/label/c.Viewer_Missing_Role';
import Viewer_Technical_Details from '@salesforce/label/c.Viewer_Technical_Details';
import Viewer_Error_No_Access_Record_Title from '@salesforce/label/c.Viewer_Error_No_Access_Record_Title';
import Viewer_Error_No_Access_Record_User from '@salesforce/label/c.Viewer_Error_No_Access_Record_User';
import Viewer_Error_No_Access_Record_Admin from '@salesforce/label/c.Viewer_Error_No_Access_Record_Admin';
import Viewer_Error_No_Access_Fields_Title from '@salesforce/label/c.Viewer_Error_No_Access_Fields_Title';
import Viewer_Error_No_Access_Fields_User from '@salesforce/label/c.Viewer_Error_No_Access_Fields_User';
import Viewer_Error_No_Access_Fields_Admin from '@salesforce/label/c.Viewer_Error_No_Access_Fields_Admin';
import Viewer_Ask_Admin_Fix from '@salesforce/label/c.Viewer_Ask_Admin_Fix';
import Viewer_Ask_Access from '@salesforce/label/c.Viewer_Ask_Access';
import Viewer_Still_Waiting from '@salesforce/label/c.Viewer_Still_Waiting';
import Viewer_Copy_Details from '@salesforce/label/c.Viewer_Copy_Details';
import Viewer_Copy_Details_Done from '@salesforce/label/c.Viewer_Copy_Details_Done';
import Viewer_Copy_Details_Manual from '@salesforce/label/c.Viewer_Copy_Details_Manual';
import Viewer_Priority_Kustomer from '@salesforce/label/c.Viewer_Priority_Kustomer';
import Viewer_Customer from '@salesforce/label/c.Viewer_Customer';
import Viewer_Notes_Unavailable from '@salesforce/label/c.Viewer_Notes_Unavailable';
import Viewer_Notes_Error from '@salesforce/label/c.Viewer_Notes_Error';
import Viewer_Warning_People from '@salesforce/label/c.Viewer_Warning_People';
import Viewer_Loaded_Count from '@salesforce/label/c.Viewer_Loaded_Count';
import Viewer_Count_Mismatch from '@salesforce/label/c.Viewer_Count_Mismatch';
import Viewer_Page_Overflow from '@salesforce/label/c.Viewer_Page_Overflow';
import Viewer_Notes_Incomplete from '@salesforce/label/c.Viewer_Notes_Incomplete';
import Viewer_Part_Not_Shown from '@salesforce/label/c.Viewer_Part_Not_Shown';
import Viewer_Older_Error from '@salesforce/label/c.Viewer_Older_Error';
import Viewer_Refresh_Error from '@salesforce/label/c.Viewer_Refresh_Error';
import Viewer_Avatar_Of from '@salesforce/label/c.Viewer_Avatar_Of';
import Viewer_Time_Unknown from '@salesforce/label/c.Viewer_Time_Unknown';
import Viewer_Day_Unknown from '@salesforce/label/c.Viewer_Day_Unknown';
import Viewer_Message_Label from '@salesforce/label/c.Viewer_Message_Label';
import Viewer_Search_Results from '@salesforce/label/c.Viewer_Search_Results';
import Viewer_Search_Scope from '@salesforce/label/c.Viewer_Search_Scope';
import Viewer_Search_Scope_One from '@salesforce/label/c.Viewer_Search_Scope_One';
import Viewer_Search_Scope_None from '@salesforce/label/c.Viewer_Search_Scope_None';
import Viewer_Search_All from '@salesforce/label/c.Viewer_Search_All';
import Viewer_Search_All_Budget from '@salesforce/label/c.Viewer_Search_All_Budget';
import Viewer_Search_All_Progress from '@salesforce/label/c.Viewer_Search_All_Progress';
import Viewer_Search_All_Cancel from '@salesforce/label/c.Viewer_Search_All_Cancel';
import Viewer_Search_All_Stopped from '@salesforce/label/c.Viewer_Search_All_Stopped';
import Viewer_Filter_Show from '@salesforce/label/c.Viewer_Filter_Show';
import Viewer_Filters_On from '@salesforce/label/c.Viewer_Filters_On';
import Viewer_Order_Label from '@salesforce/label/c.Viewer_Order_Label';
import Viewer_Order_Newest from '@salesforce/label/c.Viewer_Order_Newest';
import Viewer_Order_Oldest from '@salesforce/label/c.Viewer_Order_Oldest';
import Viewer_Order_Button from '@salesforce/label/c.Viewer_Order_Button';
import Viewer_Search_Scope_Loaded from '@salesforce/label/c.Viewer_Search_Scope_Loaded';
import Viewer_Search_Scope_Loaded_One from '@salesforce/label/c.Viewer_Search_Scope_Loaded_One';
import Viewer_Search_Scope_Loaded_None from '@salesforce/label/c.Viewer_Search_Scope_Loaded_None';
import Viewer_Search_All_Progress_Loaded from '@salesforce/label/c.Viewer_Search_All_Progress_Loaded';

export const LABELS: Readonly<Record<string, string>> = {
    Viewer_Title,
    Viewer_Channel_Email,
    Viewer_Channel_Sms,
    Viewer_Channel_Chat,
    Viewer_Channel_Facebook,
    Viewer_Channel_Twitter_Dm,
    Viewer_Channel_Twitter_Tweet,
    Viewer_Channel_Voice,
    Viewer_Channel_Instagram,
    Viewer_Channel_Instagram_Comment,
    Viewer_Channel_Whatsapp,
    Viewer_Channel_Form,
    Viewer_Channel_Note,
    Viewer_Channel_Unknown,
    Viewer_Channel_Other,
    Viewer_Author_Customer,
    Viewer_Author_Agent,
    Viewer_Author_Automation,
    Viewer_Updated_Unknown,
    Viewer_Updated_Just_Now,
    Viewer_Updated_Minutes,
    Viewer_Updated_Hours,
    Viewer_Updated_At,
    Viewer_Error_Not_Linked_Title,
    Viewer_Error_Not_Linked_User,
    Viewer_Error_Not_Linked_Admin,
    Viewer_Error_Invalid_Id_Title,
    Viewer_Error_Invalid_Id_User,
    Viewer_Error_Invalid_Id_Admin,
    Viewer_Error_No_Access_Title,
    Viewer_Error_No_Access_User,
    Viewer_Error_No_Access_Admin,
    Viewer_Error_Invalid_Request_Title,
    Viewer_Error_Invalid_Request_User,
    Viewer_Error_Invalid_Request_Admin,
    Viewer_Error_Not_Configured_Title,
    Viewer_Error_Not_Configured_User,
    Viewer_Error_Not_Configured_Admin,
    Viewer_Error_Unauthorized_Title,
    Viewer_Error_Unauthorized_User,
    Viewer_Error_Unauthorized_Admin,
    Viewer_Error_Forbidden_Title,
    Viewer_Error_Forbidden_User,
    Viewer_Error_Forbidden_Admin,
    Viewer_Error_Not_Found_Title,
    Viewer_Error_Not_Found_User,
    Viewer_Error_Not_Found_Admin,
    Viewer_Error_Rate_Limited_Title,
    Viewer_Error_Rate_Limited_User,
    Viewer_Error_Rate_Limited_Admin,
    Viewer_Error_Upstream_Title,
    Viewer_Error_Upstream_User,
    Viewer_Error_Upstream_Admin,
    Viewer_Error_Timeout_Title,
    Viewer_Error_Timeout_User,
    Viewer_Error_Timeout_Admin,
    Viewer_Error_Bad_Response_Title,
    Viewer_Error_Bad_Response_User,
    Viewer_Error_Bad_Response_Admin,
    Viewer_Error_Unknown_Title,
    Viewer_Error_Unknown_User,
    Viewer_Error_Unknown_Admin,
    Viewer_Refresh,
    Viewer_Refresh_Alt,
    Viewer_Open_In_Kustomer,
    Viewer_Open_In_Kustomer_Alt,
    Viewer_Status_Open,
    Viewer_Status_Snoozed,
    Viewer_Status_Done,
    Viewer_Status_Label,
    Viewer_Priority,
    Viewer_Assignees,
    Viewer_Unassigned,
    Viewer_Csat_Rating,
    Viewer_Csat_Status,
    Viewer_Message_Count,
    Viewer_Channels,
    Viewer_Feed_Label,
    Viewer_Loading,
    Viewer_Loading_Older,
    Viewer_Load_Earlier,
    Viewer_Load_More,
    Viewer_Shown_Of,
    Viewer_Jump_To_Newest,
    Viewer_Empty,
    Viewer_No_Results,
    Viewer_Search_Label,
    Viewer_Search_Placeholder,
    Viewer_Search_Count,
    Viewer_Search_None,
    Viewer_Search_Next,
    Viewer_Search_Previous,
    Viewer_Filters_Label,
    Viewer_Filter_Channel,
    Viewer_Filter_All_Channels,
    Viewer_Filter_Inbound,
    Viewer_Filter_Outbound,
    Viewer_Filter_Notes,
    Viewer_Direction_In,
    Viewer_Direction_Out,
    Viewer_Note_Badge,
    Viewer_Auto_Badge,
    Viewer_Follow_Up_Badge,
    Viewer_Failed_Badge,
    Viewer_Failed_Detail,
    Viewer_Redacted_Message,
    Viewer_Truncated,
    Viewer_Rich_Text_Note,
    Viewer_Show_Quoted,
    Viewer_Hide_Quoted,
    Viewer_Subject,
    Viewer_From,
    Viewer_To,
    Viewer_Cc,
    Viewer_Attachments,
    Viewer_Attachment_Open,
    Viewer_Attachment_Open_Short,
    Viewer_Attachment_Loading,
    Viewer_Attachment_Redacted,
    Viewer_Attachment_Redacted_Alt,
    Viewer_Attachment_Preview,
    Viewer_Attachment_Error,
    Viewer_Attachment_Expiry,
    Viewer_Attachment_Unknown_Size,
    Viewer_Retry,
    Viewer_Retry_In,
    Viewer_Rate_Wait,
    Viewer_Admin_Fix,
    Viewer_Ask_Admin,
    Viewer_Open_Setup,
    Viewer_Missing_Role,
    Viewer_Technical_Details,
    Viewer_Error_No_Access_Record_Title,
    Viewer_Error_No_Access_Record_User,
    Viewer_Error_No_Access_Record_Admin,
    Viewer_Error_No_Access_Fields_Title,
    Viewer_Error_No_Access_Fields_User,
    Viewer_Error_No_Access_Fields_Admin,
    Viewer_Ask_Admin_Fix,
    Viewer_Ask_Access,
    Viewer_Still_Waiting,
    Viewer_Copy_Details,
    Viewer_Copy_Details_Done,
    Viewer_Copy_Details_Manual,
    Viewer_Priority_Kustomer,
    Viewer_Customer,
    Viewer_Notes_Unavailable,
    Viewer_Notes_Error,
    Viewer_Warning_People,
    Viewer_Loaded_Count,
    Viewer_Count_Mismatch,
    Viewer_Page_Overflow,
    Viewer_Notes_Incomplete,
    Viewer_Part_Not_Shown,
    Viewer_Older_Error,
    Viewer_Refresh_Error,
    Viewer_Avatar_Of,
    Viewer_Time_Unknown,
    Viewer_Day_Unknown,
    Viewer_Message_Label,
    Viewer_Search_Results,
    Viewer_Search_Scope,
    Viewer_Search_Scope_One,
    Viewer_Search_Scope_None,
    Viewer_Search_All,
    Viewer_Search_All_Budget,
    Viewer_Search_All_Progress,
    Viewer_Search_All_Cancel,
    Viewer_Search_All_Stopped,
    Viewer_Filter_Show,
    Viewer_Filters_On,
    Viewer_Order_Label,
    Viewer_Order_Newest,
    Viewer_Order_Oldest,
    Viewer_Order_Button,
    Viewer_Search_Scope_Loaded,
    Viewer_Search_Scope_Loaded_One,
    Viewer_Search_Scope_Loaded_None,
    Viewer_Search_All_Progress_Loaded
};

/** The text of a label by name; the name itself when unknown (a test forbids that from happening). */
export function label(name: string): string {
    return Object.prototype.hasOwnProperty.call(LABELS, name) ? LABELS[name] : name;
}
