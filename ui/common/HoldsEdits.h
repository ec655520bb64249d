#pragma once

namespace rakkan::ui {

// A window that can hold edits the user has not saved. Before the window goes (closed, Esc, another catalogue
// opened, the application quitting) it is asked to settle them: save them, drop them if the user says so, or keep
// everything as it is when the user chooses to stay.
class HoldsEdits
{
public:
    virtual ~HoldsEdits() = default;
    // True when nothing unsaved is left (saved, on its way to the catalogue, or dropped by the user's choice);
    // false when the user chose to stay, or the edits cannot be saved as they are.
    virtual bool settleEdits() = 0;

protected:
    HoldsEdits() = default;
    HoldsEdits(const HoldsEdits &) = default;
    HoldsEdits &operator=(const HoldsEdits &) = default;
};

} // namespace rakkan::ui
